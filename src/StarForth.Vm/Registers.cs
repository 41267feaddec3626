using System.Runtime.CompilerServices;

namespace StarForth;

/// <summary>
/// The inner interpreter's registers: the instruction pointer, both stack depths and a fault code, held in a local of
/// the generated <c>RunInline</c> so that the JIT and ilc keep them in CPU registers. The machine's own fields
/// (<see cref="Machine.Ip"/>, <see cref="Machine.Depth"/>, <see cref="Machine.ReturnDepth"/>) are current only while
/// a machine primitive runs and after the inner interpreter returns.
/// </summary>
/// <remarks>
/// Threading primitives (literals, branches, loops, EXIT) take <c>ref Registers</c> and must be marked
/// AggressiveInlining (SF1007): a <c>ref</c> to the local that escaped into a real call would force every register
/// back into memory. Every access is checked; a failed check records a THROW code in <see cref="Fault"/>, which the
/// generated dispatch tests after each such primitive.
/// </remarks>
public unsafe struct Registers
{
    public const int DataCapacity = Machine.DefaultDataStackCells;

    public const int ReturnCapacity = Machine.DefaultReturnStackCells;

    /// <summary>The machine whose stacks and arena these registers work on.</summary>
    public Machine Machine;

    /// <summary>Arena address of the next body cell; 0 means "return to the host".</summary>
    public long Ip;

    /// <summary>Cells on the data stack.</summary>
    public int Depth;

    /// <summary>Cells on the return stack.</summary>
    public int ReturnDepth;

    /// <summary>The THROW code a threading primitive raised, or 0.</summary>
    public int Fault;

    // What never changes while words run is read from the machine where it is used, not held in a register:
    // the fewer values the loop keeps, the fewer the compiler has to spill.

    public long* Data => Machine.Stack.Cells;

    public long* Return => Machine.ReturnStack.Cells;

    public byte* Arena => Machine.Arena.Start;

    /// <summary>The highest address a whole cell can be read from.</summary>
    public long LastCellAddress => Machine.Arena.LastCellAddress;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raise(int code)
    {
        if (Fault == 0)
        {
            Fault = code;
        }
    }

    /// <summary>
    /// True when a cell of threaded code can be read at <paramref name="address"/>: not 0 (which means "back to the
    /// host") and a whole cell inside the arena. One unsigned compare covers both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCodeAddress(long address) => (ulong)(address - 1) < (ulong)LastCellAddress;

    /// <summary>The cell at the instruction pointer, which is then stepped past it (a literal or branch offset).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long NextOperand()
    {
        long address = Ip;
        if (!IsCodeAddress(address))
        {
            // Ip 0: a compiling word's run-time part executed from the host, with no threaded code to read.
            Raise(address == 0 ? ThrowCode.CompileOnly : ThrowCode.InvalidAddress);
            return 0;
        }
        Ip = address + ArenaLayout.CellSize;
        return *(long*)(Arena + address);
    }

    /// <summary>True when the next body cell holds <paramref name="wordId"/> (used to fuse a flag with (0BRANCH)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextCellIs(int wordId) => IsCodeAddress(Ip) && *(long*)(Arena + Ip) == wordId;

    /// <summary>
    /// Sets the instruction pointer <paramref name="offsetCells"/> cells from the operand cell at
    /// <paramref name="operandAddress"/>. A backward branch is where a loop can be stopped: it polls
    /// <see cref="Machine.InterruptRequested"/> and raises -28.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Branch(long operandAddress, long offsetCells)
    {
        if (offsetCells < 0 && Machine.InterruptRequested)
        {
            Machine.InterruptRequested = false;
            Raise(ThrowCode.UserInterrupt);
            return;
        }
        Ip = operandAddress + offsetCells * ArenaLayout.CellSize;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(long value)
    {
        if (Depth >= DataCapacity)
        {
            Raise(ThrowCode.StackOverflow);
            return;
        }
        Data[Depth++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Pop()
    {
        if (Depth <= 0)
        {
            Raise(ThrowCode.StackUnderflow);
            return 0;
        }
        return Data[--Depth];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReturnPush(long value)
    {
        if (ReturnDepth >= ReturnCapacity)
        {
            Raise(ThrowCode.ReturnStackOverflow);
            return;
        }
        Return[ReturnDepth++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReturnPop()
    {
        if (ReturnDepth <= 0)
        {
            Raise(ThrowCode.ReturnStackUnderflow);
            return 0;
        }
        return Return[--ReturnDepth];
    }

    /// <summary>The return-stack cell <paramref name="index"/> below the top (0 = top).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReturnPeek(int index)
    {
        if ((uint)index >= (uint)ReturnDepth)
        {
            Raise(ThrowCode.ReturnStackUnderflow);
            return 0;
        }
        return Return[ReturnDepth - 1 - index];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReturnDrop(int count)
    {
        if (ReturnDepth < count)
        {
            Raise(ThrowCode.ReturnStackUnderflow);
            return;
        }
        ReturnDepth -= count;
    }
}
