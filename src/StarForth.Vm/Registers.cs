using System.Runtime.CompilerServices;

namespace StarForth;

/// <summary>
/// The inner interpreter's registers: the instruction pointer, both stack depths and a fault code, held in a local of
/// the generated <see cref="WordSet.RunInline"/> so that the JIT and ilc keep them in CPU registers. They are loaded
/// from the <see cref="InnerInterpreter"/>'s instruction pointer and the stacks' depths when the loop starts and written
/// back when it ends; those homes are current only while a machine primitive runs and after the loop returns.
/// </summary>
/// <remarks>
/// Threading primitives (literals, branches, loops, EXIT) take <c>ref Registers</c> and must be marked
/// AggressiveInlining (SF1007): a <c>ref</c> to the local that escaped into a real call would force every register
/// back into memory. Every access is checked; a failed check records a THROW code in <see cref="Fault"/>, which the
/// generated dispatch tests after each such primitive. The checks are <see cref="CellStack"/>'s, applied to the depths
/// held here rather than to the stacks' fields in memory.
/// </remarks>
public unsafe struct Registers
{
    public const int DataCapacity = Machine.DefaultDataStackCells;

    public const int ReturnCapacity = Machine.DefaultReturnStackCells;

    /// <summary>The inner interpreter whose stacks, arena and tables these registers work on.</summary>
    public InnerInterpreter Interpreter;

    /// <summary>The machine, for the stack-item primitives that take it (memory access, THROW): one register, not a load.</summary>
    public Machine Machine;

    /// <summary>Arena address of the next body cell; 0 means "return to the host".</summary>
    public long Ip;

    /// <summary>Cells on the data stack.</summary>
    public int Depth;

    /// <summary>Cells on the return stack.</summary>
    public int ReturnDepth;

    /// <summary>The THROW code a threading primitive raised, or 0.</summary>
    public int Fault;

    /// <summary>The registers as the interpreter left them: its instruction pointer and the stacks' depths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Registers(InnerInterpreter interpreter)
    {
        Interpreter = interpreter;
        Machine = interpreter.Machine;
        Ip = interpreter.Ip;
        Depth = interpreter.DataStack.Depth;
        ReturnDepth = interpreter.ReturnStack.Depth;
        Fault = 0;
    }

    /// <summary>Writes the registers back to their homes when the loop ends, and raises the fault a primitive left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteBack()
    {
        Interpreter.Ip = Ip;
        Interpreter.DataStack.Depth = Depth;
        Interpreter.ReturnStack.Depth = ReturnDepth;
        if (Fault != 0)
        {
            Interpreter.Raise(Fault);
        }
    }

    // What never changes while words run is read from the interpreter where it is used, not held in a register:
    // the fewer values the loop keeps, the fewer the compiler has to spill.

    public long* Data => Interpreter.DataCells;

    public long* Return => Interpreter.ReturnCells;

    public byte* Arena => Interpreter.ArenaStart;

    /// <summary>The highest address a whole cell can be read from.</summary>
    public long LastCellAddress => Interpreter.LastCellAddress;

    /// <summary>True when a primitive that took the machine raised a THROW.</summary>
    public bool Throwing => Interpreter.Code != 0;

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
    /// <paramref name="operandAddress"/>. A backward branch is where a loop can be stopped: it counts a step down, and
    /// when the countdown runs out the inner interpreter looks at <see cref="InnerInterpreter.InterruptRequested"/>
    /// (-28) and the budget (-266).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Branch(long operandAddress, long offsetCells)
    {
        Ip = operandAddress + offsetCells * ArenaLayout.CellSize;
        if (offsetCells < 0 && --Interpreter.StepsLeft < 0)
        {
            // The loop calls no method (no register is saved around a call): it stops, and the inner interpreter
            // decides between -28, -266 and going on at the branch target.
            Raise(ThrowCode.PollDue);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(long value)
    {
        if (!CellStack.TryPush(Data, ref Depth, DataCapacity, value))
        {
            Raise(ThrowCode.StackOverflow);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Pop()
    {
        if (!CellStack.TryPop(Data, ref Depth, out long value))
        {
            Raise(ThrowCode.StackUnderflow);
        }
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReturnPush(long value)
    {
        if (!CellStack.TryPush(Return, ref ReturnDepth, ReturnCapacity, value))
        {
            Raise(ThrowCode.ReturnStackOverflow);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReturnPop()
    {
        if (!CellStack.TryPop(Return, ref ReturnDepth, out long value))
        {
            Raise(ThrowCode.ReturnStackUnderflow);
        }
        return value;
    }

    /// <summary>The return-stack cell <paramref name="index"/> below the top (0 = top).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReturnPeek(int index)
    {
        if (!CellStack.TryPeek(Return, ReturnDepth, index, out long value))
        {
            Raise(ThrowCode.ReturnStackUnderflow);
        }
        return value;
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

    /// <summary>
    /// Runs a word that is not a primitive on the generated inner loop's fast path: enters a colon or DOES> word,
    /// or pushes what a CREATE, VARIABLE, CONSTANT or VALUE word gives. Does exactly what
    /// InnerInterpreter.EnterDefinition does for those; false, with nothing changed, sends the word there instead
    /// (other kinds, an interrupt pending, an ACL that denies, transitions being counted, a full stack).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEnterDefinition(int wordId)
    {
        // Ids from the newest word up to the table's end are WordKind.None, so the capacity bounds the read.
        if ((uint)wordId >= (uint)WordTable.Capacity)
        {
            return false;
        }
        // Tests in order of frequency rather than a switch: a second indirect jump per call costs more than a few compares.
        WordKind kind = Interpreter.Kinds[wordId];
        if (kind == WordKind.Colon)
        {
            if (ReturnDepth >= Registers.ReturnCapacity || Interpreter.NativeOn || !Interpreter.TryAdmitInline(wordId))
            {
                return false;
            }
            Return[ReturnDepth++] = Ip;
            Ip = Interpreter.BodyAddresses[wordId];
            return true;
        }
        if (kind == WordKind.Create)
        {
            if (Depth >= Registers.DataCapacity)
            {
                return false;
            }
            Data[Depth++] = Interpreter.BodyAddresses[wordId];
            return true;
        }
        if (kind == WordKind.Constant || kind == WordKind.Value)
        {
            long body = Interpreter.BodyAddresses[wordId];
            if (Depth >= Registers.DataCapacity || !IsValidCell(body))
            {
                return false;
            }
            Data[Depth++] = *(long*)(Arena + body);
            return true;
        }
        if (kind == WordKind.Does)
        {
            if (Depth >= Registers.DataCapacity || ReturnDepth >= Registers.ReturnCapacity || Interpreter.NativeOn || !Interpreter.TryAdmitInline(wordId))
            {
                return false;
            }
            Data[Depth++] = Interpreter.BodyAddresses[wordId];
            Return[ReturnDepth++] = Ip;
            Ip = Interpreter.DoesCodes[wordId];
            return true;
        }
        return false;
    }

    /// <summary>True when a whole cell lies inside the arena (a CONSTANT's body, read on the fast path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsValidCell(long address) => address >= 0 && address <= LastCellAddress;
}
