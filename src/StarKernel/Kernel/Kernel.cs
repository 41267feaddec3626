using System.Runtime.InteropServices;
using Internal.Runtime;
using StarKernel.Memory;
using StarKernel.Platform;

namespace StarKernel;

/// <summary>
/// Runs once the platform layer owns the machine: boot services are gone, the heap and statics
/// are ready, and the serial port is the console.
/// </summary>
internal static unsafe partial class Kernel
{
    private const int KernelStackBytes = 256 * 1024;

    private static bool s_checkFailed;

    /// <summary>
    /// For a check that fails without stopping the machine (the test image's POST and parity
    /// checks): the run still reaches the serial REPL, then ends with the fail status.
    /// </summary>
    private static void RecordFailedCheck() => s_checkFailed = true;

    private static int Main()
    {
        BootMemory memory = BootInfo.Memory;
        KernelLog.Write("StarKernel: ExitBootServices ok (attempt ");
        KernelLog.WriteDecimal((ulong)memory.ExitBootServicesAttempts);
        KernelLog.WriteLine("); serial via Iced port I/O stubs");

        KernelLog.Write("StarKernel: memory ");
        KernelLog.WriteDecimal(memory.UsableBytes / (1024 * 1024));
        KernelLog.Write(" MiB usable in ");
        KernelLog.WriteDecimal((ulong)memory.UsableRegions);
        KernelLog.Write(" of ");
        KernelLog.WriteDecimal((ulong)memory.TotalRegions);
        KernelLog.WriteLine(" regions");

        // First, so that a fault while building the page tables is reported, not a triple fault.
        GlobalDescriptorTable.Install();
        InterruptDescriptorTable.Install();
        Cpu.Breakpoint();
        KernelLog.Write("StarKernel: IDT loaded; int3 handled ");
        KernelLog.WriteDecimal(InterruptDispatcher.BreakpointCount);
        KernelLog.WriteLine(" time(s)");

        KernelMemory.Initialize(memory);

        // Leave the firmware's stack (no guard below it) for one with an unmapped guard page.
        byte* stack = (byte*)KernelMemory.Stacks.Map(KernelStackBytes);
        if (stack == null)
        {
            KernelPanic.Stop("no memory for the kernel stack");
        }
        KernelLog.Write("StarKernel: kernel stack ");
        KernelLog.WriteDecimal(KernelStackBytes / 1024);
        KernelLog.Write(" KiB at ");
        KernelLog.WriteHex((ulong)stack);
        KernelLog.WriteLine(", guard page below; double faults on their own stack (IST1)");
        Cpu.CallOnStack(stack + KernelStackBytes, &RunOnKernelStack);

        KernelLog.Write("StarKernel: heap ");
        KernelLog.WriteDecimal(BumpHeap.BytesFree / 1024);
        KernelLog.WriteLine(" KiB free");
        KernelLog.WriteLine("StarKernel: halt");
        return s_checkFailed ? 1 : 0;
    }

    [UnmanagedCallersOnly]
    private static void RunOnKernelStack()
    {
        ulong before = Cpu.ReadTimestampCounter();
        ulong after = Cpu.ReadTimestampCounter();
        KernelLog.Write("StarKernel: rdtsc ");
        KernelLog.WriteLine(after > before ? "advancing" : "NOT advancing");

        RunForth();
    }

    /// <summary>Boots the shared Forth VM; implemented in Forth/ when the build includes the VM.</summary>
    static partial void RunForth();
}
