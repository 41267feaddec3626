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

    /// <summary>
    /// REFILL's and QUERY's next line when the host interprets a program it reads itself (a script given to the
    /// hosted CLI): that program's next line, as ReadLine returns it, so a comment or [IF] may go on over its lines.
    /// Null when the host has no such program: those words then read with ReadLine, as ACCEPT always does.
    /// </summary>
    public delegate*<nint, byte*, int, int> ReadSourceLine;

    /// <summary>
    /// Reads block <c>n</c> (1-based, 1024 bytes) of the block device into the buffer; 0 on success, -1 on failure.
    /// A block past the end of the device reads as zeros. Null when the host has no block device (RAM blocks only).
    /// </summary>
    public delegate*<nint, long, byte*, int> ReadBlock;

    /// <summary>Writes 1024 bytes as block <c>n</c> of the block device; 0 on success, -1 on failure. Null with ReadBlock.</summary>
    public delegate*<nint, long, byte*, int> WriteBlock;

    /// <summary>
    /// Reads up to <c>capacity</c> bytes of the init file from a byte offset; returns the count (0 at its end), or -1
    /// when no init file is configured. Null when the host has none (INIT then throws -38).
    /// </summary>
    public delegate*<nint, long, byte*, int, int> ReadInitFile;

    /// <summary>
    /// Asks the host whether the user wants the running word stopped (StarKernel: Ctrl-C, 0x03, on COM1); nonzero
    /// for yes. The inner interpreter calls it every <see cref="InnerInterpreter.PollInterval"/> steps. Null when
    /// the host sets <see cref="InnerInterpreter.InterruptRequested"/> itself (the hosted SIGINT handler).
    /// </summary>
    public delegate*<nint, int> PollInterrupt;

    /// <summary>
    /// Maps <c>size</c> bytes of code memory as two views of the same pages: one readable and writable, one readable
    /// and executable (never both on one page). Writes the views' addresses and returns 0, or nonzero when the host
    /// cannot. Null when the host runs no native code (the VM then interprets every word).
    /// </summary>
    public delegate*<nint, nuint, byte**, byte**, int> MapCode;

    /// <summary>Gives back code memory <see cref="MapCode"/> mapped: its two views and its size.</summary>
    public delegate*<nint, byte*, byte*, nuint, void> UnmapCode;

    /// <summary>The calling convention native code is entered with: false for System V (Linux), true for Microsoft x64 (UEFI, Windows).</summary>
    public bool MicrosoftAbi;

    /// <summary>
    /// Writes x86-64 code as assembly text, one instruction per line, for SEE-CODE: the bytes, the address they run
    /// at, and a buffer; returns the text's length, or -1 when it does not fit. Null when the host has no
    /// disassembler (SEE-CODE then shows the bytes).
    /// </summary>
    public delegate*<nint, byte*, int, ulong, byte*, int, int> Disassemble;

    // Files (the FILE word set). A host handle is the host's own number for an open file; Forth never sees it, only the
    // VM's small file ids. Paths are bytes; a relative one is looked up beside the file named by `base` (the file being
    // included, empty for none) and then in the host's working directory. Every call returns an ior (0 or a THROW code:
    // -37 file I/O, -38 non-existent file) or a non-negative result. Null when the host has no file system.

    /// <summary>
    /// Opens (access: 1 read, 2 write, 3 both; +8 create or truncate) the file; writes its handle and its full path
    /// (up to fullCapacity bytes); returns the full path's length, or an ior.
    /// </summary>
    public delegate*<nint, byte*, int, byte*, int, int, long*, byte*, int, int> OpenFile;

    public delegate*<nint, long, int> CloseFile;

    /// <summary>Reads up to the count from the file's position; returns the count read (0 at its end) or an ior.</summary>
    public delegate*<nint, long, byte*, int, long> ReadFile;

    /// <summary>Writes the bytes at the file's position; returns an ior.</summary>
    public delegate*<nint, long, byte*, int, int> WriteFile;

    /// <summary>The file's position, or an ior.</summary>
    public delegate*<nint, long, long> FilePosition;

    public delegate*<nint, long, long, int> RepositionFile;

    /// <summary>The file's size in bytes, or an ior.</summary>
    public delegate*<nint, long, long> FileSize;

    public delegate*<nint, long, long, int> ResizeFile;

    public delegate*<nint, long, int> FlushFile;

    /// <summary>(path, base): deletes the file; returns an ior.</summary>
    public delegate*<nint, byte*, int, byte*, int, int> DeleteFile;

    /// <summary>(from, to, base): renames the file; returns an ior.</summary>
    public delegate*<nint, byte*, int, byte*, int, byte*, int, int> RenameFile;

    /// <summary>(path, base): 0 when the file exists, or an ior (-38 when it does not).</summary>
    public delegate*<nint, byte*, int, byte*, int, int> FileStatus;

    /// <summary>
    /// The local wall-clock time as seconds since 1970-01-01 00:00:00 (the local time zone's offset already added),
    /// for TIME&amp;DATE. Null when the host has no calendar clock; TIME&amp;DATE then answers the parity date.
    /// </summary>
    public delegate*<nint, long> LocalTimeSeconds;

    /// <summary>Gives a block back to the host; null is ignored.</summary>
    public void FreeBlock(void* block)
    {
        if (block != null)
        {
            Free(Context, block);
        }
    }
}
