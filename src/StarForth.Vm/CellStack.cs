namespace StarForth;

/// <summary>
/// A stack of cells in host memory with every access checked: the data stack and the return stack are two of these,
/// differing only in capacity and in the THROW codes they raise (-3/-4, -5/-6). The inner interpreter's
/// <see cref="Registers"/> work on the same cells with the depths held in CPU registers while threaded code runs;
/// <see cref="Depth"/> is current whenever a machine primitive or the host looks.
/// </summary>
public sealed unsafe class CellStack
{
    private readonly ThrowState throws;
    private readonly int overflowCode;
    private readonly int underflowCode;

    /// <summary>The host block holding the cells; fixed from boot to release.</summary>
    internal long* Cells;

    /// <summary>Number of cells on the stack.</summary>
    public int Depth;

    public readonly int Capacity;

    internal CellStack(ThrowState throws, int capacity, int overflowCode, int underflowCode)
    {
        this.throws = throws;
        Capacity = capacity;
        this.overflowCode = overflowCode;
        this.underflowCode = underflowCode;
    }

    internal bool Allocate(HostServices host)
    {
        Cells = (long*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(long)));
        return Cells != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(Cells);
        Cells = null;
    }

    /// <summary>
    /// The check the generated dispatch makes before a primitive with a fixed stack effect:
    /// at least <paramref name="inputs"/> cells present and room for <paramref name="growth"/> more.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Check(int inputs, int growth)
    {
        if (Depth < inputs)
        {
            throws.Raise(underflowCode);
            return false;
        }
        if (Depth + growth > Capacity)
        {
            throws.Raise(overflowCode);
            return false;
        }
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Push(long value)
    {
        if (Depth >= Capacity)
        {
            throws.Raise(overflowCode);
            return;
        }
        Cells[Depth++] = value;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long Pop()
    {
        if (Depth <= 0)
        {
            throws.Raise(underflowCode);
            return 0;
        }
        return Cells[--Depth];
    }

    /// <summary>The cell <paramref name="index"/> below the top (0 = top), or 0 after an underflow THROW when absent.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long Peek(int index = 0)
    {
        if ((uint)index >= (uint)Depth)
        {
            throws.Raise(underflowCode);
            return 0;
        }
        return Cells[Depth - 1 - index];
    }

    /// <summary>Replaces the cell <paramref name="index"/> below the top.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Poke(int index, long value)
    {
        if ((uint)index >= (uint)Depth)
        {
            throws.Raise(underflowCode);
            return;
        }
        Cells[Depth - 1 - index] = value;
    }

    public void PushFlag(bool condition) => Push(condition ? -1 : 0);
}
