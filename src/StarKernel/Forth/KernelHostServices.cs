using Internal.Runtime;
using StarForth;
using StarKernel.Platform;

namespace StarKernel.Forth;

/// <summary>
/// The kernel's side of the VM's <see cref="HostServices"/>: bump-heap memory, the TSC as a clock,
/// and the serial port as the console. There is one machine, so <c>Context</c> is unused.
/// </summary>
internal static unsafe class KernelHostServices
{
    public static HostServices Create() => new HostServices
    {
        Context = 0,
        Allocate = &Allocate,
        Free = &Free,
        MonotonicNanoseconds = &MonotonicNanoseconds,
        Write = &Write,
        ReadLine = &ReadLine,
    };

    private static void* Allocate(nint context, nuint bytes) => BumpHeap.TryAllocate(bytes);

    /// <summary>The bump heap never frees; the VM releases its blocks only when it shuts down.</summary>
    private static void Free(nint context, void* block)
    {
    }

    /// <summary>
    /// Raw TSC ticks stand in for nanoseconds until the timer is calibrated: monotonic, the only
    /// property the VM relies on (parity mode replaces the clock anyway).
    /// </summary>
    private static ulong MonotonicNanoseconds(nint context) => Cpu.ReadTimestampCounter();

    private static void Write(nint context, byte* bytes, int length) => KernelLog.Write(new System.ReadOnlySpan<byte>(bytes, length));

    /// <summary>No keyboard or serial input yet: end of input.</summary>
    private static int ReadLine(nint context, byte* buffer, int capacity) => -1;
}
