using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StarKernel.Platform;

/// <summary>Managed targets of the machine-code stubs: every interrupt, and every <c>throw</c>.</summary>
internal static unsafe class InterruptDispatcher
{
    private const ulong BreakpointVector = 3;

    public static ulong BreakpointCount;

    private static bool s_reportingFault;

    [UnmanagedCallersOnly(EntryPoint = "StarKernel_HandleInterrupt")]
    private static void HandleInterrupt(InterruptFrame* frame)
    {
        if (frame->Vector == BreakpointVector)
        {
            // A trap: the saved RIP is already past int3, so returning resumes the caller.
            BreakpointCount++;
            return;
        }
        if (s_reportingFault)
        {
            // The report itself faulted: stop without touching anything else.
            SystemPower.Exit(passed: false);
        }
        s_reportingFault = true;

        KernelLog.BeginLine();
        KernelLog.Write("StarKernel: CPU exception vector=");
        KernelLog.WriteDecimal(frame->Vector);
        KernelLog.Write(" (");
        KernelLog.Write(Mnemonic(frame->Vector));
        KernelLog.Write(") error=");
        KernelLog.WriteHex(frame->ErrorCode);
        KernelLog.Write(" rip=");
        KernelLog.WriteHex(frame->Rip);
        KernelLog.Write(" cr2=");
        KernelLog.WriteHex(Cpu.ReadCr2());
        KernelLog.Write(" rsp=");
        KernelLog.WriteHex(frame->Rsp);
        KernelLog.WriteLine("");
        KernelLog.WriteLine("StarKernel: fault: exiting with failure status");
        SystemPower.Exit(passed: false);
    }

    /// <summary>There is no unwinder: a thrown exception is reported and the machine stops.</summary>
    [UnmanagedCallersOnly(EntryPoint = "StarKernel_HandleThrow")]
    private static void HandleThrow(nint exceptionAddress)
    {
        Exception exception = Unsafe.As<nint, Exception>(ref exceptionAddress);
        KernelLog.BeginLine();
        KernelLog.Write("StarKernel: unhandled exception: ");
        KernelLog.WriteLine(exception.Message);
        KernelPanic.Stop("exception thrown");
    }

    /// <summary>Intel SDM vol. 3, table 6-1.</summary>
    private static string Mnemonic(ulong vector) => vector switch
    {
        0 => "#DE divide error",
        1 => "#DB debug",
        2 => "NMI",
        3 => "#BP breakpoint",
        4 => "#OF overflow",
        5 => "#BR bound range",
        6 => "#UD invalid opcode",
        7 => "#NM device not available",
        8 => "#DF double fault",
        10 => "#TS invalid TSS",
        11 => "#NP segment not present",
        12 => "#SS stack fault",
        13 => "#GP general protection",
        14 => "#PF page fault",
        16 => "#MF x87 error",
        17 => "#AC alignment check",
        18 => "#MC machine check",
        19 => "#XM SIMD exception",
        20 => "#VE virtualization",
        21 => "#CP control protection",
        _ => vector < 32 ? "reserved" : "external interrupt",
    };
}
