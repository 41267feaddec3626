namespace StarForth;

/// <summary>
/// Everything the VM needs from the world it runs in. The hosted build fills it from the .NET runtime,
/// StarKernel from its page allocator and polled serial port. The VM never asks which one it got.
/// Every callback receives <see cref="Context"/> unchanged, so a host can keep per-machine state without statics.
/// </summary>
public unsafe struct HostServices
{
    public nint Context;

    /// <summary>Returns zeroed memory of the given size, or null when none is left.</summary>
    public delegate*<nint, nuint, void*> Allocate;

    public delegate*<nint, void*, void> Free;

    /// <summary>A clock that never goes backwards, in nanoseconds.</summary>
    public delegate*<nint, ulong> MonotonicNanoseconds;

    /// <summary>Writes bytes to the console.</summary>
    public delegate*<nint, byte*, int, void> Write;

    /// <summary>
    /// Reads one line of input (without its terminator) into the buffer. Returns the line's full length,
    /// which may exceed the capacity (the VM then asks again with a larger buffer), or -1 at end of input.
    /// </summary>
    public delegate*<nint, byte*, int, int> ReadLine;
}
