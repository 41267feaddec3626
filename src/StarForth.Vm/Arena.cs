namespace StarForth;

/// <summary>
/// The arena: one byte-addressed block from the host. Forth sees only offsets into it, and every access is checked
/// against its size (-9 outside), so no host pointer ever reaches Forth code. <see cref="ArenaLayout"/> says what
/// lies where; the system variables kept in its cells (BASE, STATE, >IN ...) are read by the parts that own them.
/// </summary>
public sealed unsafe class Arena
{
    private readonly ThrowState throws;

    /// <summary>The host block; fixed from boot to release.</summary>
    internal byte* Start;

    private long size;

    /// <summary>The highest address a whole cell can be read from: the inner interpreter's bound for the instruction pointer.</summary>
    internal long LastCellAddress;

    private int transientStringIndex;

    /// <summary>
    /// The end of the system area: the system variables and the bootstrap dictionary lie below it, and a program's
    /// stores there give -9 (<see cref="ProtectSystemArea"/>). 0 while the machine boots.
    /// </summary>
    private long systemAreaEnd;

    /// <summary>LastCellAddress - systemAreaEnd: a cell store lies above the system area exactly when its address minus systemAreaEnd is at most this, unsigned.</summary>
    private long storableCellSpan;

    internal Arena(ThrowState throws)
    {
        this.throws = throws;
    }

    internal bool Allocate(HostServices host, long bytes)
    {
        Start = (byte*)host.Allocate(host.Context, (nuint)bytes);
        if (Start == null)
        {
            return false;
        }
        size = bytes;
        LastCellAddress = bytes - ArenaLayout.CellSize;
        storableCellSpan = LastCellAddress;
        return true;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(Start);
        Start = null;
    }

    public long Size => size;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsValidRange(long address, long length) =>
        address >= 0 && length >= 0 && length <= size && address <= size - length;

    /// <summary><see cref="IsValidRange"/>, raising -9 when not.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool CheckRange(long address, long length)
    {
        if (IsValidRange(address, length))
        {
            return true;
        }
        throws.Raise(ThrowCode.InvalidAddress);
        return false;
    }

    // The cell and byte accesses check with one unsigned compare what CheckRange checks with three: a whole cell
    // lies inside exactly when 0 <= address <= LastCellAddress, a byte when 0 <= address < Size (@ and C! are hot).

    /// <summary>CheckRange for a whole cell.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool CheckCell(long address)
    {
        if ((ulong)address <= (ulong)LastCellAddress)
        {
            return true;
        }
        throws.Raise(ThrowCode.InvalidAddress);
        return false;
    }

    /// <summary>CheckRange for one byte.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool CheckByte(long address)
    {
        if ((ulong)address < (ulong)size)
        {
            return true;
        }
        throws.Raise(ThrowCode.InvalidAddress);
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long FetchCell(long address) => CheckCell(address) ? *(long*)(Start + address) : 0;

    /// <summary>
    /// A program's cell store: -9 outside the arena and in the system area, except the variables a program may write
    /// (<see cref="ArenaLayout.IsProgramWritable"/>). One unsigned compare on the common path, as for a fetch.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void StoreCell(long address, long value)
    {
        if ((ulong)(address - systemAreaEnd) <= (ulong)storableCellSpan || CheckSystemStore(address, ArenaLayout.CellSize))
        {
            *(long*)(Start + address) = value;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public byte FetchByte(long address) => CheckByte(address) ? Start[address] : (byte)0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void StoreByte(long address, byte value)
    {
        if ((ulong)(address - systemAreaEnd) <= (ulong)(storableCellSpan + ArenaLayout.CellSize - 1) || CheckSystemStore(address, 1))
        {
            Start[address] = value;
        }
    }

    /// <summary>
    /// From now on a program's stores below <paramref name="end"/> (the system variables and the bootstrap
    /// dictionary) give -9, so no store can take the session down; the VM's own writes there do not go through the
    /// checked stores.
    /// </summary>
    internal void ProtectSystemArea(long end)
    {
        systemAreaEnd = end;
        storableCellSpan = LastCellAddress - end;
    }

    /// <summary>Hands native code the arena and the bounds its loads and stores are checked against.</summary>
    internal void SaveTo(Native.NativeFrame* frame)
    {
        frame->Arena = Start;
        frame->LastCellAddress = LastCellAddress;
        frame->ArenaSize = size;
        frame->SystemAreaEnd = systemAreaEnd;
        frame->StorableCellSpan = storableCellSpan;
    }

    /// <summary>The system area ends here (0 while booting).</summary>
    public long SystemAreaEnd => systemAreaEnd;

    /// <summary>True when a program may store <paramref name="length"/> bytes at <paramref name="address"/>: inside the arena and not in the system area.</summary>
    public bool IsStorableRange(long address, long length) =>
        IsValidRange(address, length) && (address >= systemAreaEnd || ArenaLayout.IsProgramWritable(address, length));

    /// <summary><see cref="IsStorableRange"/>, raising -9 when not.</summary>
    public bool CheckStorableRange(long address, long length)
    {
        if (IsStorableRange(address, length))
        {
            return true;
        }
        throws.Raise(ThrowCode.InvalidAddress);
        return false;
    }

    /// <summary>
    /// The uncommon path of a store: outside the arena, or in the system area (allowed only for its program-writable
    /// variables). Inlined, so the inner interpreter's loop still calls no method.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool CheckSystemStore(long address, long length) => CheckStorableRange(address, length);

    /// <summary>A cell at a fixed address of <see cref="ArenaLayout"/>, which is always inside the arena.</summary>
    internal long FetchCellUnchecked(long address) => *(long*)(Start + address);

    internal void StoreCellUnchecked(long address, long value) => *(long*)(Start + address) = value;

    /// <summary>A view of arena bytes for the VM's own use, or an empty span with -9 when out of range.</summary>
    public System.Span<byte> Bytes(long address, long length) =>
        CheckRange(address, length) ? new System.Span<byte>(Start + address, (int)length) : default;

    /// <summary>Copies bytes within the arena; overlapping ranges are handled like MOVE.</summary>
    public void CopyBytes(long source, long destination, long length)
    {
        // A negative length is a huge unsigned one: -9 like any range that leaves the arena.
        if (length == 0 || !CheckRange(source, length) || !CheckStorableRange(destination, length))
        {
            return;
        }
        byte* from = Start + source;
        byte* to = Start + destination;
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
        if (length == 0 || !CheckStorableRange(address, length))
        {
            return;
        }
        byte* to = Start + address;
        for (long i = 0; i < length; i++)
        {
            to[i] = value;
        }
    }

    public static long AlignedAddress(long address) => (address + ArenaLayout.CellSize - 1) & ~(long)(ArenaLayout.CellSize - 1);

    /// <summary>The next of the transient buffers S" uses in interpretation state (they alternate).</summary>
    public long NextTransientStringBuffer()
    {
        transientStringIndex = (transientStringIndex + 1) % ArenaLayout.TransientStringCount;
        return ArenaLayout.TransientStringStart + transientStringIndex * ArenaLayout.TransientStringSize;
    }

    public long PadAddress => ArenaLayout.PadAddress(size);

    /// <summary>BASE, the radix of number conversion in both directions.</summary>
    public long Base
    {
        get => FetchCellUnchecked(ArenaLayout.BaseAddress);
        set => StoreCellUnchecked(ArenaLayout.BaseAddress, value);
    }
}
