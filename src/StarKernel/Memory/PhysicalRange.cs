namespace StarKernel.Memory;

/// <summary>A half-open range of physical addresses, <c>[Start, End)</c>.</summary>
internal readonly struct PhysicalRange
{
    public PhysicalRange(ulong start, ulong end)
    {
        Start = start;
        End = end;
    }

    public readonly ulong Start;

    public readonly ulong End;

    public ulong Length => End > Start ? End - Start : 0;

    public bool Overlaps(PhysicalRange other) => Start < other.End && other.Start < End;

    public bool Contains(ulong address) => address >= Start && address < End;
}
