namespace StarForth;

/// <summary>
/// Data space: HERE grows up from <see cref="ArenaLayout.DictionaryStart"/> to the heap (<see cref="ArenaLayout.HeapStart"/>),
/// and host input lines are stacked down from <see cref="ArenaLayout.InputTop"/> to the input region's start; either
/// reaching its bound is -8. Below the fence (the end of the bootstrap dictionary) no space is given back.
/// </summary>
public sealed unsafe class DataSpace
{
    private readonly Arena arena;
    private readonly ThrowState throws;

    private long here;

    /// <summary>Lowest address used by stacked input lines.</summary>
    private long inputFloor;

    /// <summary>Where the heap starts: HERE may not pass it.</summary>
    private long dictionaryLimit;

    /// <summary>Where the input region starts: stacked input lines may not pass it.</summary>
    private long inputLimit;

    /// <summary>HERE after the bootstrap dictionary: ALLOT gives back no space below it.</summary>
    private long fence;

    internal DataSpace(Arena arena, ThrowState throws)
    {
        this.arena = arena;
        this.throws = throws;
    }

    /// <summary>An empty dictionary and no input lines.</summary>
    internal void Start()
    {
        here = ArenaLayout.DictionaryStart;
        inputFloor = ArenaLayout.InputTop(arena.Size);
        dictionaryLimit = ArenaLayout.HeapStart(arena.Size);
        inputLimit = ArenaLayout.InputRegionStart(arena.Size);
    }

    public long Here => here;

    /// <summary>Bytes of data space left between HERE and the heap (UNUSED).</summary>
    public long UnusedBytes => dictionaryLimit - here;

    /// <summary>Reserves <paramref name="bytes"/> of data space (negative gives space back, not below the bootstrap dictionary).</summary>
    public void Allot(long bytes)
    {
        long newHere = here + bytes;
        if (newHere > dictionaryLimit || bytes > dictionaryLimit)
        {
            throws.Raise(ThrowCode.DictionaryOverflow);
            return;
        }
        if (newHere < fence)
        {
            throws.Raise(ThrowCode.InvalidAddress);
            return;
        }
        here = newHere;
    }

    public void CommaCell(long value)
    {
        long address = here;
        Allot(ArenaLayout.CellSize);
        if (throws.Code == 0)
        {
            arena.StoreCellUnchecked(address, value);
        }
    }

    public void CommaByte(byte value)
    {
        long address = here;
        Allot(1);
        if (throws.Code == 0)
        {
            arena.Start[address] = value;
        }
    }

    public void AlignHere() => Allot(Arena.AlignedAddress(here) - here);

    /// <summary>HERE put back where a removed definition or a restored mark had it.</summary>
    internal void MoveHere(long address) => here = address;

    /// <summary>The bootstrap dictionary ends here.</summary>
    internal void SetFence() => fence = here;

    internal long InputFloor => inputFloor;

    /// <summary>The lowest address an input line may use: the start of the input region.</summary>
    internal long InputLimit => inputLimit;

    /// <summary>
    /// Room for an input line of <paramref name="length"/> bytes below the lines already stacked: returns its
    /// (cell-aligned) address, which becomes the floor, or -1 after -8 when it would leave the input region.
    /// </summary>
    internal long ReserveInput(long length)
    {
        long address = (inputFloor - length) & ~(long)(ArenaLayout.CellSize - 1);
        if (length > inputFloor || address < inputLimit)
        {
            throws.Raise(ThrowCode.DictionaryOverflow);
            return -1;
        }
        inputFloor = address;
        return address;
    }

    /// <summary>The input lines end at <paramref name="floor"/> (a line was replaced, or popped).</summary>
    internal void MoveInputFloor(long floor) => inputFloor = floor;

    /// <summary>No input lines stacked.</summary>
    internal void ResetInputFloor() => inputFloor = ArenaLayout.InputTop(arena.Size);
}
