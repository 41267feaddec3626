namespace StarForth;

// Running words: the host-facing Execute, the parts of the inner interpreter that are not primitives
// (entering a definition, fetching the next cell), and THROW/CATCH without .NET exceptions.
public sealed unsafe partial class Machine
{
    /// <summary>How many times the host may nest the inner interpreter (EVALUATE inside a colon word, and so on).</summary>
    public const int MaxRunNesting = 64;

    private const int ErrorDetailCapacity = 64;

    private int runNesting;

    /// <summary>Return-stack depth of the innermost CATCH frame, or 0 when none.</summary>
    private int catchFrame;

    private byte* errorDetail;
    private int errorDetailLength;

    /// <summary>The name or text the latest error is about (for -13, the unknown word), if any; kept after the reset.</summary>
    public System.ReadOnlySpan<byte> ErrorDetail => new System.ReadOnlySpan<byte>(errorDetail, errorDetailLength);

    /// <summary>Starts a THROW: the first code wins until it is caught or reported.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Throw(long code)
    {
        if (ThrowCode == 0)
        {
            ThrowCode = code;
            errorDetailLength = 0;
        }
    }

    /// <summary>Starts a THROW whose message names a word or text in the arena.</summary>
    public void Throw(long code, System.ReadOnlySpan<byte> detail)
    {
        if (ThrowCode != 0)
        {
            return;
        }
        int length = detail.Length < ErrorDetailCapacity ? detail.Length : ErrorDetailCapacity;
        for (int i = 0; i < length; i++)
        {
            errorDetail[i] = detail[i];
        }
        errorDetailLength = length;
        ThrowCode = code;
    }

    /// <summary>Executes one word from the host side, with its own return-to-host marker.</summary>
    public void Execute(int wordId)
    {
        if (!IsWord(wordId))
        {
            Throw(StarForth.ThrowCode.InvalidAddress);
            return;
        }
        if (runNesting >= MaxRunNesting)
        {
            Throw(StarForth.ThrowCode.ReturnStackOverflow);
            return;
        }
        WordKind kind = wordKind[wordId];
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
        registers.Depth = Depth;
        registers.ReturnDepth = ReturnDepth;
        return registers;
    }

    /// <summary>Writes the registers back to the machine's fields, before a primitive that works on the machine runs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void StoreRegisters(long ip, int depth, int returnDepth)
    {
        Ip = ip;
        Depth = depth;
        ReturnDepth = returnDepth;
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
        if ((uint)wordId >= (uint)nextWordId)
        {
            return false;
        }
        // Tests in order of frequency rather than a switch: a second indirect jump per call costs more than a few compares.
        WordKind kind = wordKind[wordId];
        if (kind == WordKind.Colon)
        {
            if (r.ReturnDepth >= Registers.ReturnCapacity || !TryAdmitInline(wordId))
            {
                return false;
            }
            r.Return[r.ReturnDepth++] = r.Ip;
            r.Ip = bodyAddress[wordId];
            return true;
        }
        if (kind == WordKind.Create)
        {
            if (r.Depth >= Registers.DataCapacity)
            {
                return false;
            }
            r.Data[r.Depth++] = bodyAddress[wordId];
            return true;
        }
        if (kind == WordKind.Constant || kind == WordKind.Value)
        {
            long body = bodyAddress[wordId];
            if (r.Depth >= Registers.DataCapacity || !IsValidRange(body, ArenaLayout.CellSize))
            {
                return false;
            }
            r.Data[r.Depth++] = *(long*)(arena + body);
            return true;
        }
        if (kind == WordKind.Does)
        {
            if (r.Depth >= Registers.DataCapacity || r.ReturnDepth >= Registers.ReturnCapacity || !TryAdmitInline(wordId))
            {
                return false;
            }
            r.Data[r.Depth++] = bodyAddress[wordId];
            r.Return[r.ReturnDepth++] = r.Ip;
            r.Ip = doesCode[wordId];
            return true;
        }
        return false;
    }

    /// <summary>
    /// <see cref="AdmitExecution"/> for the common case, without a call: false, with nothing changed, when an
    /// interrupt is pending, the ACL denies, or the transition from the previous word is new or not in its home
    /// slot (the slow path then does the whole job).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryAdmitInline(int wordId)
    {
        AclEntry* entry = acl + wordId;
        if (InterruptRequested || (!AclBypass && entry->Denied != 0))
        {
            return false;
        }
        Transition* transition = null;
        if (transitionsEnabled && lastRecordedWord >= 0)
        {
            transition = transitions + TransitionHome(lastRecordedWord, wordId);
            if (transition->Count == 0 || transition->From != lastRecordedWord || transition->To != wordId)
            {
                return false;
            }
        }
        if (!AclBypass)
        {
            AclPermits(entry); // allowed either way; this keeps the TTL count
        }
        if (transition != null)
        {
            transition->Count++;
            transitionsCounted++;
        }
        RecordWindowAndHeat(wordId);
        return true;
    }

    /// <summary>
    /// The word_id at the instruction pointer, which then steps past it: where the inner interpreter resumes after a
    /// word that needed the machine. -1 at address 0 (back to the host), or after -9 outside the arena.
    /// </summary>
    public int FetchWordId()
    {
        long ip = Ip;
        if ((ulong)(ip - 1) >= (ulong)lastCellAddress)
        {
            if (ip != 0)
            {
                Throw(StarForth.ThrowCode.InvalidAddress);
            }
            return -1;
        }
        Ip = ip + ArenaLayout.CellSize;
        return (int)*(long*)(arena + ip);
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
        long cell = FetchCell(Ip);
        Ip += ArenaLayout.CellSize;
        return cell;
    }

    /// <summary>
    /// Executes a word that is not a primitive: the generated dispatch's default case. Returns the word_id
    /// to dispatch next, or -1.
    /// </summary>
    public int EnterDefinition(int wordId)
    {
        switch (KindOf(wordId))
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
                ReturnPush(Ip);
                Ip = bodyAddress[wordId];
                return -1;
            case WordKind.Create:
                Push(bodyAddress[wordId]);
                return -1;
            case WordKind.Constant:
            case WordKind.Value:
                Push(FetchCell(bodyAddress[wordId]));
                return -1;
            case WordKind.TwoConstant:
                Push(FetchCell(bodyAddress[wordId] + ArenaLayout.CellSize));
                Push(FetchCell(bodyAddress[wordId]));
                return -1;
            case WordKind.Defer:
                PollInterrupt(); // a deferred word may run itself (DEFER X ' X IS X X): no branch, no colon entry
                return ThrowCode != 0 ? -1 : DeferredWord(wordId);
            case WordKind.Marker:
                RestoreMarker(wordId);
                return -1;
            case WordKind.Does:
                if (!AdmitExecution(wordId))
                {
                    return -1;
                }
                Push(bodyAddress[wordId]);
                ReturnPush(Ip);
                Ip = doesCode[wordId];
                return -1;
            case WordKind.Unimplemented:
            case WordKind.Primitive:
                Throw(StarForth.ThrowCode.UnsupportedOperation, NameOf(wordId));
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
        if (catchFrame == 0 || returnStack[catchFrame - 1] != runNesting)
        {
            return false;
        }
        // Frame, bottom to top: caller ip, previous frame, data depth, nesting level.
        long code = ThrowCode;
        ReturnDepth = catchFrame;
        --ReturnDepth; // the nesting level, already matched
        Depth = (int)returnStack[--ReturnDepth];
        catchFrame = (int)returnStack[--ReturnDepth];
        Ip = returnStack[--ReturnDepth];
        ThrowCode = 0;
        errorDetailLength = 0;
        Push(code);
        return true;
    }

    /// <summary>CATCH: records a frame, then the caught word returns through (CATCH-END).</summary>
    public void BeginCatch()
    {
        if (ReturnDepth + 4 > returnStackCapacity)
        {
            Throw(StarForth.ThrowCode.ReturnStackOverflow);
            return;
        }
        ReturnPush(Ip);
        ReturnPush(catchFrame);
        ReturnPush(Depth);
        ReturnPush(runNesting);
        catchFrame = ReturnDepth;
        Ip = ArenaLayout.CatchReturnAddress;
    }

    /// <summary>(CATCH-END): the caught word finished normally; drop its frame and push 0.</summary>
    public void EndCatch()
    {
        if (catchFrame == 0 || ReturnDepth != catchFrame)
        {
            Throw(StarForth.ThrowCode.ReturnStackImbalance);
            return;
        }
        ReturnDepth -= 2;
        catchFrame = (int)returnStack[--ReturnDepth];
        Ip = returnStack[--ReturnDepth];
        Push(0);
    }

    /// <summary>
    /// EVALUATE under a CATCH taken by the host side (the POST's E{ ... }E): returns the THROW code, 0 for none,
    /// with the stacks, compilation state and any half-made definition put back as they were. BYE still escapes.
    /// </summary>
    public long CatchEvaluate(long address, long length)
    {
        int depth = Depth;
        int returnDepth = ReturnDepth;
        int frame = catchFrame;
        int nesting = runNesting;
        bool compiling = Compiling;
        int definition = definitionWordId;
        long ip = Ip;
        bool wasCapturing = capturing;
        Evaluate(address, length);
        long code = ThrowCode;
        if (code == 0 || code == StarForth.ThrowCode.Bye)
        {
            return code;
        }
        ThrowCode = 0;
        Depth = depth;
        ReturnDepth = returnDepth;
        catchFrame = frame;
        runNesting = nesting;
        if (definition < 0)
        {
            AbandonDefinition();
        }
        Compiling = compiling;
        Ip = ip;
        capturing = wasCapturing;
        return code;
    }

    /// <summary>Per-machine state of the test words (T{ -> }T), which the VM itself does not interpret.</summary>
    public object? TestHarness;

    /// <summary>Back to a clean interpreter after an uncaught THROW: what ABORT and QUIT leave behind.</summary>
    public void ResetAfterError()
    {
        Depth = 0;
        ReturnDepth = 0;
        catchFrame = 0;
        runNesting = 0;
        Ip = 0;
        ThrowCode = 0;
        AbandonDefinition();
        Compiling = false;
        ResetInput();
        capturing = false; // an O{ the error cut short prints again
        pendingLength = 0; // and INPUT" text it left is not read by a later ACCEPT
    }
}
