using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StarKernel.Platform;

/// <summary>Managed targets of the machine-code stubs: every interrupt, and every <c>throw</c>.</summary>
internal static unsafe class InterruptDispatcher
{
    private const ulong BreakpointVector = 3;
    private const ulong PageFaultVector = 14;

    public static ulong BreakpointCount;

    [UnmanagedCallersOnly(EntryPoint = "StarKernel_HandleInterrupt")]
    private static void HandleInterrupt(InterruptFrame* frame)
    {
        if (frame->Vector == BreakpointVector)
        {
            // A trap: the saved RIP is already past int3, so returning resumes the caller.
            BreakpointCount++;
            return;
        }

        KernelLog.Write("StarKernel: CPU exception vector=");
        KernelLog.WriteDecimal(frame->Vector);
        KernelLog.Write(" error=");
        KernelLog.WriteHex(frame->ErrorCode);
        KernelLog.Write(" rip=");
        KernelLog.WriteHex(frame->Rip);
        if (frame->Vector == PageFaultVector)
        {
            KernelLog.Write(" address=");
            KernelLog.WriteHex(Cpu.ReadCr2());
        }
        KernelLog.WriteLine("");
        KernelPanic.Stop("unhandled CPU exception");
    }

    /// <summary>There is no unwinder: a thrown exception is reported and the machine stops.</summary>
    [UnmanagedCallersOnly(EntryPoint = "StarKernel_HandleThrow")]
    private static void HandleThrow(nint exceptionAddress)
    {
        Exception exception = Unsafe.As<nint, Exception>(ref exceptionAddress);
        KernelLog.Write("StarKernel: unhandled exception: ");
        KernelLog.WriteLine(exception.Message);
        KernelPanic.Stop("exception thrown");
    }
}
