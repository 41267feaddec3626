namespace StarForth;

/// <summary>
/// Data space: HERE grows up from <see cref="ArenaLayout.DictionaryStart"/>, and host input lines are stacked down from
/// <see cref="ArenaLayout.InputTop"/>; the two meet only when memory is exhausted (-8). Below the fence (the end of the
/// bootstrap dictionary) no space is given back.
/// </summary>
public sealed unsafe class DataSpace
{
    private readonly Arena arena;
    private readonly ThrowState throws;

    private long here;

    /// <summary>Lowest address used by stacked input lines; the dictionary may not grow past it.</summary>
    private long inputFloor;

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
    }

    public long Here => here;

    /// <summary>Bytes of data space left between HERE and the stacked input lines (UNUSED).</summary>
    public long UnusedBytes => inputFloor - here;

    /// <summary>Reserves <paramref name="bytes"/> of data space (negative gives space back, not below the bootstrap dictionary).</summary>
    public void Allot(long bytes)
    {
        long newHere = here + bytes;
        if (newHere > inputFloor || bytes > inputFloor)
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

    /// <summary>The end of the bootstrap dictionary.</summary>
    internal long Fence => fence;

    internal long InputFloor => inputFloor;

    /// <summary>
    /// Room for an input line of <paramref name="length"/> bytes below the lines already stacked: returns its
    /// (cell-aligned) address, which becomes the floor, or -1 after -8 when it would reach HERE.
    /// </summary>
    internal long ReserveInput(long length)
    {
        long address = (inputFloor - length) & ~(long)(ArenaLayout.CellSize - 1);
        if (address < here)
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
