namespace StarForth;

// The arena: one byte-addressed block from the host. Forth sees only offsets into it, and every access is
// checked against its size, so no host pointer ever reaches Forth code.
public sealed unsafe partial class Machine
{
    internal byte* arena;
    private long arenaSize_;

    /// <summary>The highest address a whole cell can be read from: the inner interpreter's bound for the instruction pointer.</summary>
    internal long lastCellAddress;
    private long here;

    /// <summary>Lowest address used by stacked input lines; the dictionary may not grow past it.</summary>
    private long inputFloor;

    public long ArenaSize => arenaSize_;

    public long Here => here;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsValidRange(long address, long length) =>
        address >= 0 && length >= 0 && length <= arenaSize_ && address <= arenaSize_ - length;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool CheckRange(long address, long length)
    {
        if (IsValidRange(address, length))
        {
            return true;
        }
        Throw(StarForth.ThrowCode.InvalidAddress);
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long FetchCell(long address) =>
        CheckRange(address, ArenaLayout.CellSize) ? *(long*)(arena + address) : 0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void StoreCell(long address, long value)
    {
        if (CheckRange(address, ArenaLayout.CellSize))
        {
            *(long*)(arena + address) = value;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public byte FetchByte(long address) => CheckRange(address, 1) ? arena[address] : (byte)0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void StoreByte(long address, byte value)
    {
        if (CheckRange(address, 1))
        {
            arena[address] = value;
        }
    }

    private long FetchCellUnchecked(long address) => *(long*)(arena + address);

    private void StoreCellUnchecked(long address, long value) => *(long*)(arena + address) = value;

    /// <summary>A view of arena bytes for the VM's own use, or an empty span with -9 when out of range.</summary>
    public System.Span<byte> Bytes(long address, long length) =>
        CheckRange(address, length) ? new System.Span<byte>(arena + address, (int)length) : default;

    /// <summary>Copies bytes within the arena; overlapping ranges are handled like MOVE.</summary>
    public void CopyBytes(long source, long destination, long length)
    {
        // A negative length is a huge unsigned one: -9 like any range that leaves the arena.
        if (length == 0 || !CheckRange(source, length) || !CheckRange(destination, length))
        {
            return;
        }
        byte* from = arena + source;
        byte* to = arena + destination;
        if (to < from)
        {
            for (long i = 0; i < length; i++)
            {
                to[i] = from[i];
            }
        }
        else
        {
            for (long i = length - 1; i >= 0; i--)
            {
                to[i] = from[i];
            }
        }
    }

    public void FillBytes(long address, long length, byte value)
    {
        if (length == 0 || !CheckRange(address, length))
        {
            return;
        }
        byte* to = arena + address;
        for (long i = 0; i < length; i++)
        {
            to[i] = value;
        }
    }

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
            StoreCellUnchecked(address, value);
        }
    }

    public void CommaByte(byte value)
    {
        long address = here;
        Allot(1);
        if (ThrowCode == 0)
        {
            arena[address] = value;
        }
    }

    public static long AlignedAddress(long address) => (address + ArenaLayout.CellSize - 1) & ~(long)(ArenaLayout.CellSize - 1);

    public void AlignHere() => Allot(AlignedAddress(here) - here);

    private int transientStringIndex;

    /// <summary>The next of the transient buffers S" uses in interpretation state (they alternate).</summary>
    public long NextTransientStringBuffer()
    {
        transientStringIndex = (transientStringIndex + 1) % ArenaLayout.TransientStringCount;
        return ArenaLayout.TransientStringStart + transientStringIndex * ArenaLayout.TransientStringSize;
    }

    public long PadAddress => ArenaLayout.PadAddress(arenaSize_);

    public long Base
    {
        get => FetchCellUnchecked(ArenaLayout.BaseAddress);
        set => StoreCellUnchecked(ArenaLayout.BaseAddress, value);
    }

    /// <summary>STATE: true while compiling.</summary>
    public bool Compiling
    {
        get => FetchCellUnchecked(ArenaLayout.StateAddress) != 0;
        set => StoreCellUnchecked(ArenaLayout.StateAddress, value ? -1 : 0);
    }
}
