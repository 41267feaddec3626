namespace StarForth;

// Running words: the host-facing Execute, the parts of the inner interpreter that are not primitives
// (entering a definition, fetching the next cell), and THROW/CATCH without .NET exceptions.
public sealed unsafe partial class Machine
{
    /// <summary>How many times the host may nest the inner interpreter (EVALUATE inside a colon word, and so on).</summary>
    public const int MaxRunNesting = 64;

    private int runNesting;

    /// <summary>Return-stack depth of the innermost CATCH frame, or 0 when none.</summary>
    private int catchFrame;

    /// <summary>The name or text the latest error is about (for -13, the unknown word), if any; kept after the reset.</summary>
    public System.ReadOnlySpan<byte> ErrorDetail => throws.Detail;

    /// <summary>Starts a THROW: the first code wins until it is caught or reported.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Throw(int code) => throws.Raise(code);

    /// <summary>Starts a THROW whose message names a word or text in the arena.</summary>
    public void Throw(int code, System.ReadOnlySpan<byte> detail) => throws.Raise(code, detail);

    /// <summary>Executes one word from the host side, with its own return-to-host marker.</summary>
    public void Execute(int wordId)
    {
        if (!WordTable.IsWord(wordId))
        {
            Throw(StarForth.ThrowCode.InvalidAddress);
            return;
        }
        if (runNesting >= MaxRunNesting)
        {
            Throw(StarForth.ThrowCode.ReturnStackOverflow);
            return;
        }
        WordKind kind = WordTable.Kinds[wordId];
        if (kind != WordKind.Colon && kind != WordKind.Does)
        {
            if (!AdmitExecution(wordId)) // colon and DOES> words are admitted and recorded on entry
            {
                return;
            }
        }
        long savedIp = Ip;
        Ip = 0;
        runNesting++;
        words.Run(this, wordId);
        runNesting--;
        if (ThrowCode == 0)
        {
            Ip = savedIp;
        }
    }

    /// <summary>The inner interpreter's registers, read from the machine's fields when Run starts or resumes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Registers LoadRegisters()
    {
        Registers registers = default;
        registers.Machine = this;
        registers.Ip = Ip;
        registers.Depth = Stack.Depth;
        registers.ReturnDepth = ReturnStack.Depth;
        return registers;
    }

    /// <summary>Writes the registers back to the machine's fields, before a primitive that works on the machine runs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void StoreRegisters(long ip, int depth, int returnDepth)
    {
        Ip = ip;
        Stack.Depth = depth;
        ReturnStack.Depth = returnDepth;
    }

    /// <summary>
    /// Runs a word that is not a primitive on the generated inner loop's fast path: enters a colon or DOES> word,
    /// or pushes what a CREATE, VARIABLE, CONSTANT or VALUE word gives. Does exactly what
    /// <see cref="EnterDefinition"/> does for those; false, with nothing changed, sends the word there instead
    /// (other kinds, an interrupt pending, an ACL that denies, transitions being counted, a full stack).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryEnterDefinition(ref Registers r, int wordId)
    {
        if ((uint)wordId >= (uint)WordTable.NextWordId)
        {
            return false;
        }
        // Tests in order of frequency rather than a switch: a second indirect jump per call costs more than a few compares.
        WordKind kind = WordTable.Kinds[wordId];
        if (kind == WordKind.Colon)
        {
            if (r.ReturnDepth >= Registers.ReturnCapacity || !TryAdmitInline(wordId))
            {
                return false;
            }
            r.Return[r.ReturnDepth++] = r.Ip;
            r.Ip = WordTable.BodyAddresses[wordId];
            return true;
        }
        if (kind == WordKind.Create)
        {
            if (r.Depth >= Registers.DataCapacity)
            {
                return false;
            }
            r.Data[r.Depth++] = WordTable.BodyAddresses[wordId];
            return true;
        }
        if (kind == WordKind.Constant || kind == WordKind.Value)
        {
            long body = WordTable.BodyAddresses[wordId];
            if (r.Depth >= Registers.DataCapacity || !Arena.IsValidRange(body, ArenaLayout.CellSize))
            {
                return false;
            }
            r.Data[r.Depth++] = *(long*)(Arena.Start + body);
            return true;
        }
        if (kind == WordKind.Does)
        {
            if (r.Depth >= Registers.DataCapacity || r.ReturnDepth >= Registers.ReturnCapacity || !TryAdmitInline(wordId))
            {
                return false;
            }
            r.Data[r.Depth++] = WordTable.BodyAddresses[wordId];
            r.Return[r.ReturnDepth++] = r.Ip;
            r.Ip = WordTable.DoesCodes[wordId];
            return true;
        }
        return false;
    }

    /// <summary>
    /// Called where a word is entered: enforces its ACL (-256 naming the word) and records the execution.
    /// False when the word may not run.
    /// </summary>
    private bool AdmitExecution(int wordId)
    {
        if (!Access.Admit(wordId))
        {
            return false;
        }
        Profile.RecordExecution(wordId);
        return true;
    }

    /// <summary>
    /// <see cref="AdmitExecution"/> for the common case, without a call: false, with nothing changed, when an
    /// interrupt is pending, the ACL denies, or the transition from the previous word is new or not in its home
    /// slot (the slow path then does the whole job).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryAdmitInline(int wordId)
    {
        if (InterruptRequested || !Access.MayEnter(wordId) || !Profile.TryRecordInline(wordId))
        {
            return false;
        }
        Access.CountEntry(wordId);
        return true;
    }

    /// <summary>
    /// The word_id at the instruction pointer, which then steps past it: where the inner interpreter resumes after a
    /// word that needed the machine. -1 at address 0 (back to the host), or after -9 outside the arena.
    /// </summary>
    public int FetchWordId()
    {
        long ip = Ip;
        if ((ulong)(ip - 1) >= (ulong)Arena.LastCellAddress)
        {
            if (ip != 0)
            {
                Throw(StarForth.ThrowCode.InvalidAddress);
            }
            return -1;
        }
        Ip = ip + ArenaLayout.CellSize;
        return (int)*(long*)(Arena.Start + ip);
    }

    /// <summary>Fetches an inline operand (literal, branch offset, string length) at the instruction pointer and steps past it.</summary>
    public long NextOperand()
    {
        if (Ip == 0)
        {
            // A compiling word's run-time part executed from the host: there is no threaded code to read.
            Throw(StarForth.ThrowCode.CompileOnly);
            return 0;
        }
        long cell = Arena.FetchCell(Ip);
        Ip += ArenaLayout.CellSize;
        return cell;
    }

    /// <summary>
    /// Executes a word that is not a primitive: the generated dispatch's default case. Returns the word_id
    /// to dispatch next, or -1.
    /// </summary>
    public int EnterDefinition(int wordId)
    {
        switch (WordTable.KindOf(wordId))
        {
            case WordKind.Colon:
                if (InterruptRequested || !AdmitExecution(wordId))
                {
                    if (InterruptRequested)
                    {
                        InterruptRequested = false;
                        Throw(StarForth.ThrowCode.UserInterrupt);
                    }
                    return -1;
                }
                ReturnStack.Push(Ip);
                Ip = WordTable.BodyAddresses[wordId];
                return -1;
            case WordKind.Create:
                Stack.Push(WordTable.BodyAddresses[wordId]);
                return -1;
            case WordKind.Constant:
            case WordKind.Value:
                Stack.Push(Arena.FetchCell(WordTable.BodyAddresses[wordId]));
                return -1;
            case WordKind.TwoConstant:
                Stack.Push(Arena.FetchCell(WordTable.BodyAddresses[wordId] + ArenaLayout.CellSize));
                Stack.Push(Arena.FetchCell(WordTable.BodyAddresses[wordId]));
                return -1;
            case WordKind.Defer:
                return DeferredWord(wordId);
            case WordKind.Marker:
                RestoreMarker(wordId);
                return -1;
            case WordKind.Does:
                if (!AdmitExecution(wordId))
                {
                    return -1;
                }
                Stack.Push(WordTable.BodyAddresses[wordId]);
                ReturnStack.Push(Ip);
                Ip = WordTable.DoesCodes[wordId];
                return -1;
            case WordKind.Unimplemented:
            case WordKind.Primitive:
                Throw(StarForth.ThrowCode.UnsupportedOperation, WordTable.NameOf(wordId));
                return -1;
            default:
                Throw(StarForth.ThrowCode.InvalidAddress);
                return -1;
        }
    }

    /// <summary>
    /// Called by the inner interpreter when the instruction pointer reached 0 or a THROW is pending.
    /// Returns true when execution goes on: a CATCH frame of this nesting level took the THROW.
    /// </summary>
    public bool ResumeAfterStop()
    {
        // BYE is a THROW only so that it unwinds; no CATCH may keep the program alive.
        if (ThrowCode == 0 || ThrowCode == StarForth.ThrowCode.Bye)
        {
            return false;
        }
        if (catchFrame == 0 || ReturnStack.Cells[catchFrame - 1] != runNesting)
        {
            return false;
        }
        // Frame, bottom to top: caller ip, previous frame, data depth, nesting level.
        int code = ThrowCode;
        ReturnStack.Depth = catchFrame;
        --ReturnStack.Depth; // the nesting level, already matched
        Stack.Depth = (int)ReturnStack.Cells[--ReturnStack.Depth];
        catchFrame = (int)ReturnStack.Cells[--ReturnStack.Depth];
        Ip = ReturnStack.Cells[--ReturnStack.Depth];
        throws.Clear();
        Stack.Push(code);
        return true;
    }

    /// <summary>CATCH: records a frame, then the caught word returns through (CATCH-END).</summary>
    public void BeginCatch()
    {
        if (ReturnStack.Depth + 4 > ReturnStack.Capacity)
        {
            Throw(StarForth.ThrowCode.ReturnStackOverflow);
            return;
        }
        ReturnStack.Push(Ip);
        ReturnStack.Push(catchFrame);
        ReturnStack.Push(Stack.Depth);
        ReturnStack.Push(runNesting);
        catchFrame = ReturnStack.Depth;
        Ip = ArenaLayout.CatchReturnAddress;
    }

    /// <summary>(CATCH-END): the caught word finished normally; drop its frame and push 0.</summary>
    public void EndCatch()
    {
        if (catchFrame == 0 || ReturnStack.Depth != catchFrame)
        {
            Throw(StarForth.ThrowCode.ReturnStackImbalance);
            return;
        }
        ReturnStack.Depth -= 2;
        catchFrame = (int)ReturnStack.Cells[--ReturnStack.Depth];
        Ip = ReturnStack.Cells[--ReturnStack.Depth];
        Stack.Push(0);
    }

    /// <summary>
    /// EVALUATE under a CATCH taken by the host side (the POST's E{ ... }E): returns the THROW code, 0 for none,
    /// with the stacks, compilation state and any half-made definition put back as they were. BYE still escapes.
    /// </summary>
    public int CatchEvaluate(long address, long length)
    {
        int depth = Stack.Depth;
        int returnDepth = ReturnStack.Depth;
        int frame = catchFrame;
        int nesting = runNesting;
        bool compiling = Compiling;
        int definition = definitionWordId;
        long ip = Ip;
        Evaluate(address, length);
        int code = ThrowCode;
        if (code == 0 || code == StarForth.ThrowCode.Bye)
        {
            return code;
        }
        ThrowCode = 0;
        Stack.Depth = depth;
        ReturnStack.Depth = returnDepth;
        catchFrame = frame;
        runNesting = nesting;
        if (definition < 0)
        {
            AbandonDefinition();
        }
        Compiling = compiling;
        Ip = ip;
        return code;
    }

    /// <summary>Per-machine state of the test words (T{ -> }T), which the VM itself does not interpret.</summary>
    public object? TestHarness;

    /// <summary>Back to a clean interpreter after an uncaught THROW: what ABORT and QUIT leave behind.</summary>
    public void ResetAfterError()
    {
        Stack.Depth = 0;
        ReturnStack.Depth = 0;
        catchFrame = 0;
        runNesting = 0;
        Ip = 0;
        ThrowCode = 0;
        AbandonDefinition();
        Compiling = false;
        ResetInput();
    }
}
