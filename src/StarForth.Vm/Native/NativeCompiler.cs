namespace StarForth.Native;

/// <summary>
/// Copies and patches stencils into native code for one colon body: one stencil per word cell, in body order (a short
/// callee's stencils after its call's entry), then the exits the stencils jump to when a check fails. A word without
/// a stencil becomes an exit to the interpreter at its cell, so every body compiles; the interpreter resumes native
/// code after it where it can.
/// </summary>
/// <remarks>
/// Passes over the body: Plan picks each cell's stencil and operand (a branch whose target is not a word cell of this
/// body becomes an exit), ElideProvenChecks marks the resume points and drops proved data-stack checks, Layout sizes,
/// Emit copies and patches. No assembler runs here: the stencils were assembled at build time
/// (tools/StarForth.Stencils). docs/native-code.md describes the whole design.
/// </remarks>
public sealed unsafe class NativeCompiler
{
    /// <summary>Longer bodies stay interpreted.</summary>
    public const int MaxBodyCells = 8192;

    private const int NoStencil = -1;

    private readonly WordSet words;
    private readonly Arena arena;
    private readonly WordTable wordTable;
    private readonly ExecutionProfile profile;
    private readonly AccessControl access;

    // Per body cell: the stencil (NoStencil for an operand cell), its operand, a branch target, and code offsets;
    // whether native code may be entered there (a resume point: see ElideProvenChecks) and the depth and room the
    // interpreter must have for it to resume there.
    private int* stencils;
    private byte* resumable;
    private byte* resumeDepths;
    private byte* resumeRooms;
    private long* operands;
    private long* targets;
    private int* hotOffsets;
    private int* coldOffsets;
    private int* pollOffsets;

    // Callees copied into the body (CallInline): per body cell its first item and item count; per item the callee's
    // stencil, its operand, the callee cell it runs (for the exit), and its hot and exit offsets.
    private int* inlineFirst;
    private int* inlineCount;
    private int* itemStencils;
    private long* itemOperands;
    private long* itemCells;
    private int* itemHotOffsets;
    private int* itemColdOffsets;
    private int itemsUsed;

    /// <summary>A colon word of at most this many cells before its EXIT, of stack, arithmetic and memory words only, is copied into its callers.</summary>
    public const int MaxInlineCells = 12;

    // The definition being compiled, and the code memory it goes to (for its callees' entries).
    private int compiling;
    private NativeCode code = null!;

    /// <summary>Offsets of the trampoline's exits in the code memory.</summary>
    internal int ExitCommon;
    internal int ExitReturned;

    internal NativeCompiler(WordSet words, Arena arena, WordTable wordTable, ExecutionProfile profile, AccessControl access)
    {
        this.words = words;
        this.arena = arena;
        this.wordTable = wordTable;
        this.profile = profile;
        this.access = access;
    }

    internal bool Allocate(HostServices host)
    {
        if (stencils != null)
        {
            return true;
        }
        stencils = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        resumable = (byte*)host.Allocate(host.Context, MaxBodyCells);
        resumeDepths = (byte*)host.Allocate(host.Context, MaxBodyCells);
        resumeRooms = (byte*)host.Allocate(host.Context, MaxBodyCells);
        operands = (long*)host.Allocate(host.Context, MaxBodyCells * sizeof(long));
        targets = (long*)host.Allocate(host.Context, MaxBodyCells * sizeof(long));
        hotOffsets = (int*)host.Allocate(host.Context, (MaxBodyCells + 1) * sizeof(int));
        coldOffsets = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        pollOffsets = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        inlineFirst = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        inlineCount = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        itemStencils = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        itemOperands = (long*)host.Allocate(host.Context, MaxBodyCells * sizeof(long));
        itemCells = (long*)host.Allocate(host.Context, MaxBodyCells * sizeof(long));
        itemHotOffsets = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        itemColdOffsets = (int*)host.Allocate(host.Context, MaxBodyCells * sizeof(int));
        return stencils != null && resumable != null && resumeDepths != null && resumeRooms != null && operands != null && targets != null && hotOffsets != null && coldOffsets != null && pollOffsets != null
            && inlineFirst != null && inlineCount != null && itemStencils != null && itemOperands != null && itemCells != null && itemHotOffsets != null
            && itemColdOffsets != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(stencils);
        host.FreeBlock(resumable);
        host.FreeBlock(resumeDepths);
        host.FreeBlock(resumeRooms);
        host.FreeBlock(operands);
        host.FreeBlock(targets);
        host.FreeBlock(hotOffsets);
        host.FreeBlock(coldOffsets);
        host.FreeBlock(pollOffsets);
        host.FreeBlock(inlineFirst);
        host.FreeBlock(inlineCount);
        host.FreeBlock(itemStencils);
        host.FreeBlock(itemOperands);
        host.FreeBlock(itemCells);
        host.FreeBlock(itemHotOffsets);
        host.FreeBlock(itemColdOffsets);
        stencils = null;
        resumable = null;
        resumeDepths = null;
        resumeRooms = null;
        operands = null;
        targets = null;
        hotOffsets = null;
        coldOffsets = null;
        pollOffsets = null;
        inlineFirst = null;
        inlineCount = null;
        itemStencils = null;
        itemOperands = null;
        itemCells = null;
        itemHotOffsets = null;
        itemColdOffsets = null;
    }

    /// <summary>Compile's answer when the code memory is full.</summary>
    internal const int NoRoom = -1;

    /// <summary>Compile's answer for a body it leaves to the interpreter (longer than <see cref="MaxBodyCells"/>).</summary>
    internal const int TooLong = -2;

    /// <summary>Compiles the body from <paramref name="body"/> to <paramref name="end"/>; returns its code's offset, <see cref="NoRoom"/> or <see cref="TooLong"/>.</summary>
    internal int Compile(NativeCode code, int wordId, long body, long end, out int length)
    {
        length = 0;
        compiling = wordId;
        this.code = code;
        int cells = (int)((end - body) / ArenaLayout.CellSize);
        if (cells <= 0 || cells > MaxBodyCells)
        {
            return TooLong;
        }
        Plan(body, cells);
        MarkBranchTargets(body, cells);
        FoldLiterals(cells);
        ElideProvenChecks(body, cells);
        length = Layout(cells);
        int start = code.Reserve(length);
        if (start < 0)
        {
            return NoRoom;
        }
        Emit(code, body, cells, start);
        code.Commit(length);
        return start;
    }

    /// <summary>First pass: each cell's stencil and operand.</summary>
    private void Plan(long body, int cells)
    {
        for (int cell = 0; cell < cells; cell++)
        {
            stencils[cell] = NoStencil;
            inlineCount[cell] = 0;
        }
        itemsUsed = 0;
        int at = 0;
        while (at < cells)
        {
            long address = body + (long)at * ArenaLayout.CellSize;
            long wordId = CellAt(address);
            int stencil = NativeStencils.ExitAtWord;
            int operandCells = 0;
            long operand = 0;
            long target = 0;
            if (wordTable.IsWord(wordId))
            {
                int id = (int)wordId;
                WordOperand kind = words.OperandOf(id);
                long operandValue = kind != WordOperand.None && at + 1 < cells ? CellAt(address + ArenaLayout.CellSize) : 0;
                operandCells = OperandCells(kind, operandValue, cells - at - 1);
                int primitive = words.NativeStencilOf(id);
                if (primitive != NoStencil && (kind == WordOperand.None || operandCells == 1))
                {
                    stencil = primitive;
                    operand = operandValue;
                    target = address + ArenaLayout.CellSize + operandValue * ArenaLayout.CellSize;
                    stencil = BranchForm(stencil, operandValue);
                }
                else if (kind == WordOperand.None)
                {
                    stencil = WordStencil(id, out operand);
                    if (stencil is NativeStencils.Call or NativeStencils.CallDirect && PlanInline(id, at))
                    {
                        stencil = NativeStencils.CallInline;
                    }
                }
            }
            stencils[at] = stencil;
            operands[at] = stencil is NativeStencils.Do or NativeStencils.QuestionDo ? target : operand;
            targets[at] = target;
            at += 1 + operandCells;
        }
        // A branch must land on a word cell of this body; anything else is left to the interpreter.
        for (int cell = 0; cell < cells; cell++)
        {
            if (stencils[cell] != NoStencil && NativeStencils.HasHole(stencils[cell], NativeHoleKind.Target) && CellIndex(body, targets[cell], cells) < 0)
            {
                stencils[cell] = NativeStencils.ExitAtWord;
            }
        }
    }

    /// <summary>
    /// Starts the resume points afresh with the first cell and every branch and loop-exit target: FoldLiterals folds
    /// no operation a branch lands on, and ElideProvenChecks adds the cells after those that leave native code.
    /// </summary>
    private void MarkBranchTargets(long body, int cells)
    {
        for (int cell = 0; cell < cells; cell++)
        {
            resumable[cell] = NotResumable;
            resumeDepths[cell] = 0;
            resumeRooms[cell] = 0;
        }
        resumable[0] = Resumable;
        for (int cell = 0; cell < cells; cell++)
        {
            int stencil = stencils[cell];
            if (stencil != NoStencil && (NativeStencils.HasHole(stencil, NativeHoleKind.Target) || stencil is NativeStencils.Do or NativeStencils.QuestionDo))
            {
                MarkResumable(body, targets[cell], cells, Resumable);
            }
        }
    }

    /// <summary>
    /// A literal (LIT x, or a CREATE word's address) followed by + - = &lt; or &gt; becomes one stencil with the literal
    /// as an immediate, when it fits 32 bits and no branch lands on the operation. The operation's cell then has no
    /// code of its own: a check that fails exits at the literal, and the interpreter runs both.
    /// </summary>
    private void FoldLiterals(int cells)
    {
        for (int cell = 0; cell < cells; cell++)
        {
            int operation = stencils[cell] switch
            {
                NativeStencils.Literal => cell + 2,
                NativeStencils.PushAddress => cell + 1,
                _ => -1,
            };
            if (operation < 0 || operation >= cells || resumable[operation] != NotResumable)
            {
                continue;
            }
            int folded = FoldedWithLiteral(stencils[operation], operands[cell]);
            if (folded >= 0)
            {
                stencils[cell] = folded;
                stencils[operation] = NoStencil;
            }
        }
    }

    /// <summary>The stencil of a literal <paramref name="value"/> and then <paramref name="operation"/>, or -1 when there is none.</summary>
    private static int FoldedWithLiteral(int operation, long value) => value != (int)value ? -1 : operation switch
    {
        NativeStencils.Plus => NativeStencils.LiteralPlus,
        NativeStencils.Minus => NativeStencils.LiteralMinus,
        NativeStencils.Equal => NativeStencils.LiteralEqual,
        NativeStencils.Less => NativeStencils.LiteralLess,
        NativeStencils.Greater => NativeStencils.LiteralGreater,
        _ => -1,
    };

    /// <summary>
    /// Marks the rest of the places native code may be entered, then drops the data-stack checks the cells before
    /// already proved. Native code is entered at the first cell, at branch and loop-exit targets (both marked by
    /// <see cref="MarkBranchTargets"/>), and after a cell that leaves native code and comes back (a call, a word the interpreter runs, a machine word's slow path): only there is the
    /// depth unknown. Between two such points each check proves a depth and a room, which the following stencils'
    /// effects move; a stencil whose checks are already proved takes its unchecked form. The cell after a copied-in
    /// callee is the exception: native code reaches it by falling through the copy, whose effect is known, and the
    /// interpreter only after it ran the callee, so the proof goes on, and <see cref="NativeCode.ResumeAt"/> lets the
    /// interpreter in there only with the depth and room the proof claims (at most <see cref="NativeCode.MaxResumeProof"/>).
    /// </summary>
    private void ElideProvenChecks(long body, int cells)
    {
        for (int cell = 0; cell < cells; cell++)
        {
            int stencil = stencils[cell];
            if (stencil == NoStencil)
            {
                continue;
            }
            bool leavesAndReturns = stencil is NativeStencils.ExitAtWord or NativeStencils.Call or NativeStencils.CallDirect or NativeStencils.CallInline
                || words.IsMachineWord((int)CellAt(body + (long)cell * ArenaLayout.CellSize));
            bool neverFallsThrough = stencil is NativeStencils.Exit or NativeStencils.Branch or NativeStencils.BranchBack;
            if (leavesAndReturns || neverFallsThrough)
            {
                byte how = stencil == NativeStencils.CallInline ? ResumableAfterCopiedCallee : Resumable;
                MarkResumable(body, body + (long)(cell + 1 + OperandCellsAt(cell, cells)) * ArenaLayout.CellSize, cells, how);
            }
        }
        int depth = 0;
        int room = 0;
        for (int cell = 0; cell < cells; cell++)
        {
            int stencil = stencils[cell];
            if (stencil == NoStencil)
            {
                continue;
            }
            if (resumable[cell] == Resumable)
            {
                depth = 0;
                room = 0;
            }
            else if (resumable[cell] == ResumableAfterCopiedCallee)
            {
                depth = System.Math.Min(depth, NativeCode.MaxResumeProof);
                room = System.Math.Min(room, NativeCode.MaxResumeProof);
                resumeDepths[cell] = (byte)depth;
                resumeRooms[cell] = (byte)room;
            }
            stencils[cell] = ProvedForm(stencil, ref depth, ref room);
            // An inlined callee's stencils run after its entry, which leaves the data stack alone.
            for (int item = inlineFirst[cell]; item < inlineFirst[cell] + inlineCount[cell]; item++)
            {
                itemStencils[item] = ProvedForm(itemStencils[item], ref depth, ref room);
            }
        }
    }

    // What resumable[] says about a cell.
    private const byte NotResumable = 0;
    private const byte Resumable = 1;
    private const byte ResumableAfterCopiedCallee = 2;

    /// <summary>
    /// The form of <paramref name="stencil"/> to run where <paramref name="depth"/> cells and <paramref name="room"/>
    /// free cells are proved: its unchecked form when that covers its checks, its room-checked form when only the depth
    /// is proved. Then moves the proof past it.
    /// </summary>
    private static int ProvedForm(int stencil, ref int depth, ref int room)
    {
        int needsDepth = NativeStencils.NeedsDepth(stencil);
        int needsRoom = NativeStencils.NeedsRoom(stencil);
        int change = NativeStencils.DepthChange(stencil);
        int withoutChecks = NativeStencils.UncheckedForm(stencil);
        int roomChecked = NativeStencils.RoomCheckedForm(stencil);
        int form = withoutChecks >= 0 && depth >= needsDepth && room >= needsRoom ? withoutChecks
            : roomChecked >= 0 && depth >= needsDepth ? roomChecked
            : stencil;
        depth = System.Math.Max(0, System.Math.Max(depth, needsDepth) + change);
        room = System.Math.Max(0, System.Math.Max(room, needsRoom) - change);
        return form;
    }

    /// <summary>Marks the cell at <paramref name="address"/> as a resume point; a plain one wins over one after a copied-in callee.</summary>
    private void MarkResumable(long body, long address, int cells, byte how)
    {
        int cell = IndexInBody(body, address, cells);
        if (cell >= 0 && (resumable[cell] == NotResumable || how == Resumable))
        {
            resumable[cell] = how;
        }
    }

    /// <summary>How many operand cells follow the word in <paramref name="cell"/> (the cells Plan left without a stencil).</summary>
    private int OperandCellsAt(int cell, int cells)
    {
        int count = 0;
        while (cell + 1 + count < cells && stencils[cell + 1 + count] == NoStencil)
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// Compiles the colon words the body calls that have no native code yet, so that the body can call them directly.
    /// Runs before the body's own plan (it uses no scratch); <see cref="NativeCode"/> bounds how deep it goes.
    /// </summary>
    internal void CompileCallees(NativeCode code, int wordId, long body, long end)
    {
        long address = body;
        while (address < end)
        {
            long callee = CellAt(address);
            address += ArenaLayout.CellSize;
            if (!wordTable.IsWord(callee))
            {
                continue;
            }
            WordOperand kind = words.OperandOf((int)callee);
            if (kind != WordOperand.None && address < end)
            {
                address += (long)OperandCells(kind, CellAt(address), (int)((end - address) / ArenaLayout.CellSize)) * ArenaLayout.CellSize;
            }
            else if (callee != wordId && wordTable.Kinds[callee] == WordKind.Colon)
            {
                code.EntryOf((int)callee);
            }
        }
    }

    /// <summary>
    /// Plans callee <paramref name="callee"/>'s body as items after the call in <paramref name="cell"/>, when it can be
    /// copied in: at most <see cref="MaxInlineCells"/> words, then its EXIT and nothing after it; every word one that
    /// native code runs itself and that neither branches, calls, nor touches the return stack (an exit inside the copy
    /// pushes the return address and leaves at the callee's own cell, so the interpreter sees the call's frame).
    /// </summary>
    private bool PlanInline(int callee, int cell)
    {
        if (callee == compiling)
        {
            return false;
        }
        long body = wordTable.BodyAddresses[callee];
        long end = wordTable.BodyEnds[callee];
        int first = itemsUsed;
        int count = 0;
        for (long address = body; address < end; address += ArenaLayout.CellSize)
        {
            long wordCell = address;
            long wordId = CellAt(address);
            if (!wordTable.IsWord(wordId) || count == MaxInlineCells || first + count >= MaxBodyCells)
            {
                return false;
            }
            int id = (int)wordId;
            WordOperand kind = words.OperandOf(id);
            int stencil = words.NativeStencilOf(id);
            long operand = 0;
            if (stencil == NativeStencils.Exit)
            {
                if (address + ArenaLayout.CellSize != end)
                {
                    return false;
                }
                inlineFirst[cell] = first;
                inlineCount[cell] = count;
                itemsUsed = first + count;
                return true;
            }
            if (stencil == NoStencil && kind == WordOperand.None)
            {
                stencil = WordStencil(id, out operand);
            }
            else if (kind == WordOperand.Literal && address + ArenaLayout.CellSize < end)
            {
                address += ArenaLayout.CellSize;
                operand = CellAt(address);
            }
            else if (kind != WordOperand.None)
            {
                return false;
            }
            if (!CanBeInlined(stencil))
            {
                return false;
            }
            int previous = first + count - 1;
            int folded = count > 0 && itemStencils[previous] is NativeStencils.Literal or NativeStencils.PushAddress
                ? FoldedWithLiteral(stencil, itemOperands[previous]) : -1;
            if (folded >= 0)
            {
                itemStencils[previous] = folded;
                continue;
            }
            itemStencils[first + count] = stencil;
            itemOperands[first + count] = operand;
            itemCells[first + count] = wordCell;
            count++;
        }
        return false;
    }

    /// <summary>True for the stencils that only work on the data stack and the arena.</summary>
    private static bool CanBeInlined(int stencil) =>
        stencil >= 0 && NativeStencils.UncheckedForm(stencil) >= 0
        && stencil is not (NativeStencils.ToR or NativeStencils.RFrom or NativeStencils.RFetch or NativeStencils.J or NativeStencils.Do
            or NativeStencils.QuestionDo or NativeStencils.PlusLoop or NativeStencils.ZeroBranch or NativeStencils.ZeroBranchBack);

    /// <summary>The backward form of a branch polls; a loop's step must branch backward.</summary>
    private static int BranchForm(int stencil, long offsetCells)
    {
        bool backward = offsetCells < 0;
        return stencil switch
        {
            NativeStencils.Branch => backward ? NativeStencils.BranchBack : NativeStencils.Branch,
            NativeStencils.ZeroBranch => backward ? NativeStencils.ZeroBranchBack : NativeStencils.ZeroBranch,
            NativeStencils.Loop or NativeStencils.PlusLoop => backward ? stencil : NativeStencils.ExitAtWord,
            _ => stencil,
        };
    }

    /// <summary>The stencil for a word that is not a primitive: a call, or the push of a CREATE, VARIABLE, CONSTANT or VALUE word.</summary>
    private int WordStencil(int wordId, out long operand)
    {
        operand = wordTable.BodyAddresses[wordId];
        switch (wordTable.Kinds[wordId])
        {
            case WordKind.Colon:
                operand = wordId;
                return wordId == compiling || code.CodeOffsetOf(wordId) >= 0 ? NativeStencils.CallDirect : NativeStencils.Call;
            case WordKind.Create:
                return NativeStencils.PushAddress;
            case WordKind.Constant:
            case WordKind.Value:
                return (ulong)operand <= (ulong)arena.LastCellAddress ? NativeStencils.PushCell : NativeStencils.ExitAtWord;
            default:
                return NativeStencils.ExitAtWord;
        }
    }

    private static int OperandCells(WordOperand kind, long value, int cellsLeft)
    {
        int count = kind switch
        {
            WordOperand.None => 0,
            WordOperand.InlineString => 1 + (int)((value < 0 || value > (long)cellsLeft * ArenaLayout.CellSize ? 0 : value + ArenaLayout.CellSize - 1) / ArenaLayout.CellSize),
            _ => 1,
        };
        return count > cellsLeft ? cellsLeft : count;
    }

    /// <summary>Second pass, sizes only: every cell's hot code (an inlined callee's after its entry), then the exits; returns the total length.</summary>
    private int Layout(int cells)
    {
        int offset = 0;
        for (int cell = 0; cell < cells; cell++)
        {
            hotOffsets[cell] = offset;
            if (stencils[cell] == NoStencil)
            {
                continue;
            }
            offset += NativeStencils.LengthOf(stencils[cell]);
            for (int item = inlineFirst[cell]; item < inlineFirst[cell] + inlineCount[cell]; item++)
            {
                itemHotOffsets[item] = offset;
                offset += NativeStencils.LengthOf(itemStencils[item]);
            }
        }
        hotOffsets[cells] = offset; // falling off the end: an exit at the cell after the body
        offset += NativeStencils.LengthOf(NativeStencils.ExitAtWord);
        for (int cell = 0; cell < cells; cell++)
        {
            coldOffsets[cell] = -1;
            pollOffsets[cell] = -1;
            if (stencils[cell] == NoStencil)
            {
                continue;
            }
            if (NativeStencils.HasHole(stencils[cell], NativeHoleKind.Cold))
            {
                coldOffsets[cell] = offset;
                offset += NativeStencils.LengthOf(NativeStencils.ExitAtWord);
            }
            if (NativeStencils.HasHole(stencils[cell], NativeHoleKind.Poll))
            {
                pollOffsets[cell] = offset;
                offset += NativeStencils.LengthOf(NativeStencils.ExitPoll);
            }
            for (int item = inlineFirst[cell]; item < inlineFirst[cell] + inlineCount[cell]; item++)
            {
                itemColdOffsets[item] = -1;
                if (NativeStencils.HasHole(itemStencils[item], NativeHoleKind.Cold))
                {
                    itemColdOffsets[item] = offset;
                    offset += NativeStencils.LengthOf(NativeStencils.ExitInCallee);
                }
            }
        }
        return offset;
    }

    private void Emit(NativeCode code, long body, int cells, int start)
    {
        for (int cell = 0; cell < cells; cell++)
        {
            int stencil = stencils[cell];
            if (stencil == NoStencil)
            {
                continue;
            }
            long address = body + (long)cell * ArenaLayout.CellSize;
            var holes = new HoleValues
            {
                Operand = operands[cell],
                CellIp = address,
                TargetIp = targets[cell],
                Cold = start + coldOffsets[cell],
                Poll = start + pollOffsets[cell],
                Target = NativeStencils.HasHole(stencil, NativeHoleKind.Target) ? start + hotOffsets[CellIndex(body, targets[cell], cells)] : 0,
                Callee = stencil == NativeStencils.CallDirect ? (operands[cell] == compiling ? start : code.CodeOffsetOf((int)operands[cell])) : 0,
            };
            Place(code, start + hotOffsets[cell], stencil, holes);
            if (stencil != NativeStencils.ExitAtWord)
            {
                code.MapCell(address, start + hotOffsets[cell], resumable[cell] != NotResumable, resumeDepths[cell], resumeRooms[cell]);
            }
            if (coldOffsets[cell] >= 0)
            {
                Place(code, start + coldOffsets[cell], NativeStencils.ExitAtWord, holes);
            }
            if (pollOffsets[cell] >= 0)
            {
                Place(code, start + pollOffsets[cell], NativeStencils.ExitPoll, holes);
            }
            for (int item = inlineFirst[cell]; item < inlineFirst[cell] + inlineCount[cell]; item++)
            {
                var itemHoles = new HoleValues { Operand = itemOperands[item], CellIp = itemCells[item], Cold = start + itemColdOffsets[item] };
                Place(code, start + itemHotOffsets[item], itemStencils[item], itemHoles);
                if (itemColdOffsets[item] >= 0)
                {
                    Place(code, start + itemColdOffsets[item], NativeStencils.ExitInCallee, itemHoles);
                }
            }
        }
        long after = body + (long)cells * ArenaLayout.CellSize;
        Place(code, start + hotOffsets[cells], NativeStencils.ExitAtWord, new HoleValues { CellIp = after });
    }

    /// <summary>What goes into the holes of one placed stencil; jump destinations are offsets in the code memory.</summary>
    private struct HoleValues
    {
        public long Operand;
        public long CellIp;
        public long TargetIp;
        public int Cold;
        public int Poll;
        public int Target;
        public int Callee;
    }

    /// <summary>Copies a stencil to <paramref name="offset"/> in the code memory and fills its holes.</summary>
    private void Place(NativeCode code, int offset, int stencil, in HoleValues values)
    {
        byte* at = code.Writable + offset;
        System.ReadOnlySpan<byte> bytes = NativeStencils.CodeOf(stencil);
        for (int i = 0; i < bytes.Length; i++)
        {
            at[i] = bytes[i];
        }
        for (int hole = 0; hole < NativeStencils.HoleCountOf(stencil); hole++)
        {
            int holeOffset = NativeStencils.HoleOffset(stencil, hole);
            byte* field = at + holeOffset;
            int fieldOffset = offset + holeOffset;
            switch (NativeStencils.HoleKind(stencil, hole))
            {
                case NativeHoleKind.Cold:
                    PatchJump(field, fieldOffset, values.Cold);
                    break;
                case NativeHoleKind.Target:
                    PatchJump(field, fieldOffset, values.Target);
                    break;
                case NativeHoleKind.Poll:
                    PatchJump(field, fieldOffset, values.Poll);
                    break;
                case NativeHoleKind.ExitCommon:
                    PatchJump(field, fieldOffset, ExitCommon);
                    break;
                case NativeHoleKind.ExitReturned:
                    PatchJump(field, fieldOffset, ExitReturned);
                    break;
                case NativeHoleKind.Callee:
                    PatchJump(field, fieldOffset, values.Callee);
                    break;
                case NativeHoleKind.Operand:
                    *(long*)field = values.Operand;
                    break;
                case NativeHoleKind.CellIp:
                    *(long*)field = values.CellIp;
                    break;
                case NativeHoleKind.TargetIp:
                    *(long*)field = values.TargetIp;
                    break;
                case NativeHoleKind.ReturnIp:
                    *(int*)field = (int)(values.CellIp + ArenaLayout.CellSize);
                    break;
                case NativeHoleKind.WordId:
                    *(int*)field = (int)values.Operand;
                    break;
                case NativeHoleKind.HeatCell:
                    *(long*)field = (long)profile.HeatCellOf((int)values.Operand);
                    break;
                case NativeHoleKind.AclCell:
                    *(long*)field = (long)access.EntryOf((int)values.Operand);
                    break;
                case NativeHoleKind.EntryCell:
                    *(long*)field = (long)code.EntryCellOf((int)values.Operand);
                    break;
                case NativeHoleKind.TransitionCacheCell:
                    *(long*)field = (long)profile.TransitionCacheCellOf((int)values.Operand);
                    break;
                case NativeHoleKind.Literal32:
                    *(int*)field = (int)values.Operand;
                    break;
                case NativeHoleKind.TransitionKey:
                    *(uint*)field = (uint)values.Operand * 40503u * 16u;
                    break;
            }
        }
    }

    /// <summary>A jump's 32-bit displacement, relative to the end of the field.</summary>
    private static void PatchJump(byte* field, int fieldOffset, int destination) => *(int*)field = destination - (fieldOffset + 4);

    /// <summary>The index of the word cell at <paramref name="address"/> in the body, or -1 when it is not one.</summary>
    private int CellIndex(long body, long address, int cells)
    {
        int cell = IndexInBody(body, address, cells);
        return cell >= 0 && stencils[cell] != NoStencil ? cell : -1;
    }

    /// <summary>The index of the cell at <paramref name="address"/> in a body of <paramref name="cells"/> cells, or -1 when the address is not one of them.</summary>
    private static int IndexInBody(long body, long address, int cells)
    {
        long delta = address - body;
        return delta < 0 || (delta & (ArenaLayout.CellSize - 1)) != 0 || delta / ArenaLayout.CellSize >= cells ? -1 : (int)(delta / ArenaLayout.CellSize);
    }

    private long CellAt(long address) => *(long*)(arena.Start + address);
}
