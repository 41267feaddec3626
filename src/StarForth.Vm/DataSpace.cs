namespace StarForth;

/// <summary>
/// Data space: HERE grows up from <see cref="ArenaLayout.DictionaryStart"/> to its limit, the start of the heap
/// (<see cref="ArenaLayout.HeapStart"/>); past it ALLOT is -8. Below the fence (the end of the bootstrap dictionary) no
/// space is given back.
/// </summary>
public sealed unsafe class DataSpace
{
    private readonly Arena arena;
    private readonly ThrowState throws;

    private long here;

    /// <summary>HERE may not grow past this address: the heap (and the regions above it) start here.</summary>
    private long limit;

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
        limit = ArenaLayout.HeapStart(arena.Size);
    }

    public long Here => here;

    /// <summary>Bytes of data space left between HERE and its limit, the heap (UNUSED).</summary>
    public long UnusedBytes => limit - here;

    /// <summary>Reserves <paramref name="bytes"/> of data space (negative gives space back, not below the bootstrap dictionary).</summary>
    public void Allot(long bytes)
    {
        long newHere = here + bytes;
        if (newHere > limit || bytes > limit)
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
}
