using Internal.Runtime;
using StarKernel.Memory;
using StarKernel.Platform;

namespace StarKernel;

/// <summary>
/// Runs once the platform layer owns the machine: boot services are gone, the heap and statics
/// are ready, and the serial port is the console.
/// </summary>
internal static partial class Kernel
{
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
        InterruptDescriptorTable.Install();
        Cpu.Breakpoint();
        KernelLog.Write("StarKernel: IDT loaded; int3 handled ");
        KernelLog.WriteDecimal(InterruptDispatcher.BreakpointCount);
        KernelLog.WriteLine(" time(s)");

        KernelMemory.Initialize(memory);

        ulong before = Cpu.ReadTimestampCounter();
        ulong after = Cpu.ReadTimestampCounter();
        KernelLog.Write("StarKernel: rdtsc ");
        KernelLog.WriteLine(after > before ? "advancing" : "NOT advancing");

        RunForth();

        KernelLog.Write("StarKernel: heap ");
        KernelLog.WriteDecimal(BumpHeap.BytesFree / 1024);
        KernelLog.WriteLine(" KiB free");
        KernelLog.WriteLine("StarKernel: halt");
        return 0;
    }

    /// <summary>Boots the shared Forth VM; implemented in Forth/ when the build includes the VM.</summary>
    static partial void RunForth();
}
