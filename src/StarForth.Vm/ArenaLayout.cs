namespace StarForth;

/// <summary>
/// Fixed places in the VM arena. Address 0 is never valid code, so the inner interpreter uses it as
/// "return to the host". The dictionary grows up from <see cref="DictionaryStart"/> to the heap
/// (<see cref="HeapStart"/>, -8 beyond); the heap ALLOCATE draws on lies below the input region
/// (<see cref="InputRegionStart"/>), where input lines are stacked down from <see cref="InputTop"/>, so a full
/// dictionary never blocks the next line, and a line never waits on free dictionary space.
/// </summary>
public static class ArenaLayout
{
    public const int CellSize = 8;

    public const long StateAddress = 8;
    public const long BaseAddress = 16;
    public const long ToInAddress = 24;
    public const long SpanAddress = 32;
    public const long ScrAddress = 40;
    public const long BlkAddress = 48;

    /// <summary>One body cell holding (CATCH-END): CATCH returns through it.</summary>
    public const long CatchReturnAddress = 64;

    /// <summary>CONTEXT: the vocabulary searched first (its index; the search continues through its parents to FORTH).</summary>
    public const long ContextAddress = 72;

    /// <summary>CURRENT: the vocabulary new definitions go into (its index).</summary>
    public const long CurrentAddress = 80;

    /// <summary>One body cell holding (LOCALS-END): a definition with locals returns through it (<see cref="LocalsStack"/>).</summary>
    public const long LocalsReturnAddress = 120;

    /// <summary>Two transient buffers for S" and S\" in interpretation state.</summary>
    public const long TransientStringStart = 128;
    public const int TransientStringSize = 1024;
    public const int TransientStringCount = 2;

    public const long DictionaryStart = TransientStringStart + TransientStringSize * TransientStringCount;

    /// <summary>
    /// The parts of the system area a program may store into through their own addresses: BASE, >IN, SPAN and SCR
    /// (the standard has programs write them), CONTEXT and CURRENT (vocabulary words are <c>LIT n CONTEXT !</c>, and
    /// the lookup takes any index) and the transient S" buffers. STATE and BLK (which the standard says a program
    /// does not alter), the CATCH return cell and the bootstrap dictionary are not: a store there gives -9.
    /// </summary>
    public static bool IsProgramWritable(long address, long length) =>
        Within(address, length, BaseAddress, BlkAddress)
        || Within(address, length, ContextAddress, CurrentAddress + CellSize)
        || Within(address, length, TransientStringStart, DictionaryStart);

    private static bool Within(long address, long length, long start, long end) =>
        address >= start && length >= 0 && length <= end - start && address <= end - length;

    public const int PadSize = 512;
    public const int HoldSize = 256;
    public const int WordBufferSize = 256;

    public const long MinimumArenaSize = 64 * 1024;

    public static long PadAddress(long arenaSize) => arenaSize - PadSize;

    /// <summary>Pictured numeric output grows down from PAD.</summary>
    public static long HoldEnd(long arenaSize) => PadAddress(arenaSize);

    public static long WordBufferAddress(long arenaSize) => PadAddress(arenaSize) - HoldSize - WordBufferSize;

    public const int BlockSize = 1024;
    public const int BlockBufferCount = 8;

    /// <summary>The block buffers BLOCK and BUFFER hand out, below the WORD buffer, so @ and TYPE can read them.</summary>
    public static long BlockBuffersAddress(long arenaSize) => WordBufferAddress(arenaSize) - BlockSize * BlockBufferCount;

    public static long InputTop(long arenaSize) => BlockBuffersAddress(arenaSize);

    /// <summary>The fixed region every input line lives in (host lines, included files' lines, LOAD's copies).</summary>
    public const int InputRegionSize = 32 * 1024;

    public static long InputRegionStart(long arenaSize) => InputTop(arenaSize) - InputRegionSize;

    /// <summary>The heap (ALLOCATE, FREE, RESIZE) takes this fraction of the arena: 1/8, 640 KiB of the default 5 MiB.</summary>
    public const int HeapFraction = 8;

    /// <summary>The heap ends where the input region starts (cell-aligned).</summary>
    public static long HeapEnd(long arenaSize) => InputRegionStart(arenaSize) & ~(long)(CellSize - 1);

    /// <summary>The heap's first block; the dictionary may not grow past it.</summary>
    public static long HeapStart(long arenaSize) => (HeapEnd(arenaSize) - arenaSize / HeapFraction) & ~(long)(CellSize - 1);
}
