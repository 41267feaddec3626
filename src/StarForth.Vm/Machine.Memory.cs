namespace StarForth;

// Data space: HERE grows up from the dictionary start, host input lines are stacked down from the block buffers.
public sealed unsafe partial class Machine
{
    private long here;

    /// <summary>Lowest address used by stacked input lines; the dictionary may not grow past it.</summary>
    private long inputFloor;

    public long Here => here;

    /// <summary>Reserves <paramref name="bytes"/> of data space (negative gives space back, not below the bootstrap dictionary).</summary>
    public void Allot(long bytes)
    {
        long newHere = here + bytes;
        if (newHere > inputFloor || bytes > inputFloor)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return;
        }
        if (newHere < bootstrapHere)
        {
            Throw(StarForth.ThrowCode.InvalidAddress);
            return;
        }
        here = newHere;
    }

    public void CommaCell(long value)
    {
        long address = here;
        Allot(ArenaLayout.CellSize);
        if (ThrowCode == 0)
        {
            Arena.StoreCellUnchecked(address, value);
        }
    }

    public void CommaByte(byte value)
    {
        long address = here;
        Allot(1);
        if (ThrowCode == 0)
        {
            Arena.Start[address] = value;
        }
    }

    public void AlignHere() => Allot(Arena.AlignedAddress(here) - here);

    /// <summary>STATE: true while compiling.</summary>
    public bool Compiling
    {
        get => Arena.FetchCellUnchecked(ArenaLayout.StateAddress) != 0;
        set => Arena.StoreCellUnchecked(ArenaLayout.StateAddress, value ? -1 : 0);
    }
}
