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

    /// <summary>Takes the cells, and one guard cell below the first: native code spills its cached top there when the stack is empty.</summary>
    internal bool Allocate(HostServices host)
    {
        long* block = (long*)host.Allocate(host.Context, (nuint)((Capacity + 1) * sizeof(long)));
        Cells = block == null ? null : block + 1;
        return Cells != null;
    }

    internal void Release(HostServices host)
    {
        if (Cells != null)
        {
            host.FreeBlock(Cells - 1);
        }
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
        if (!TryPush(Cells, ref Depth, Capacity, value))
        {
            throws.Raise(overflowCode);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long Pop()
    {
        if (!TryPop(Cells, ref Depth, out long value))
        {
            throws.Raise(underflowCode);
        }
        return value;
    }

    /// <summary>The cell <paramref name="index"/> below the top (0 = top), or 0 after an underflow THROW when absent.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long Peek(int index = 0)
    {
        if (!TryPeek(Cells, Depth, index, out long value))
        {
            throws.Raise(underflowCode);
        }
        return value;
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

    // The checks themselves, written once for any cells and depth: a CellStack applies them to its own fields, the
    // inner loop's Registers to the depths they hold in CPU registers (each raises its own THROW when one fails).

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryPush(long* cells, ref int depth, int capacity, long value)
    {
        if (depth >= capacity)
        {
            return false;
        }
        cells[depth++] = value;
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryPop(long* cells, ref int depth, out long value)
    {
        if (depth <= 0)
        {
            value = 0;
            return false;
        }
        value = cells[--depth];
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryPeek(long* cells, int depth, int index, out long value)
    {
        if ((uint)index >= (uint)depth)
        {
            value = 0;
            return false;
        }
        value = cells[depth - 1 - index];
        return true;
    }
}
