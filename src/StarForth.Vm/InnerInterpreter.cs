namespace StarForth;

/// <summary>
/// The inner interpreter: runs a word and the threaded code after it. Its registers (<see cref="Registers"/>: the
/// instruction pointer, both stack depths, a fault code) live in a local of the generated switch over word_ids,
/// <see cref="WordSet.RunInline"/>, where the stack-item and registers primitives are inlined into their cases and
/// colon entry (<see cref="Registers.TryEnterDefinition"/>) is inlined into its default case. A word that needs the
/// machine ends that loop; it runs here, through <see cref="WordSet.CallMachineWord"/> or
/// <see cref="EnterDefinition"/>, and the loop starts again at the instruction pointer.
/// </summary>
/// <remarks>
/// Colon words push the instruction pointer on the Forth return stack instead of recursing on the .NET stack; the
/// host side nests only for words that run the outer interpreter again (at most <see cref="MaxRunNesting"/>).
/// THROW and CATCH work without .NET exceptions: a failure records a code in the <see cref="ThrowState"/>, and
/// <see cref="ResumeAfterStop"/> hands it to the innermost CATCH frame of the same nesting level.
/// </remarks>
public sealed unsafe class InnerInterpreter : ThrowState
{
    /// <summary>How many times the host may nest the inner interpreter (EVALUATE inside a colon word, and so on).</summary>
    public const int MaxRunNesting = 64;

    private readonly WordSet words;

    /// <summary>The machine the primitives receive.</summary>
    public readonly Machine Machine;

    // The parts it works on, connected once they exist (they take this object as their ThrowState).
    private Arena arena = null!;
    internal CellStack DataStack = null!;
    internal CellStack ReturnStack = null!;
    internal WordTable WordTable = null!;
    private ExecutionProfile profile = null!;
    private AccessControl access = null!;
    private LocalsStack locals = null!;

    // Copies of pointers that never change after boot, so that the loop reaches each with one load from the register
    // holding this object (see docs/performance.md).
    internal long* DataCells;
    internal long* ReturnCells;
    internal byte* ArenaStart;
    internal long LastCellAddress;
    internal WordKind* Kinds;
    internal int* BodyAddresses;
    internal int* DoesCodes;

    /// <summary>The instruction pointer: arena address of the next body cell, 0 when returning to the host.</summary>
    public long Ip;

    private int runNesting;

    /// <summary>Return-stack depth of the innermost CATCH frame, or 0 when none.</summary>
    private int catchFrame;

    /// <summary>
    /// Set by the host (from another thread, e.g. a Ctrl-C handler) to stop the running words with -28: within
    /// <see cref="PollInterval"/> steps, where the step countdown runs out (colon entries and backward branches only
    /// count down), and at once where a word polls itself (<see cref="PollInterrupt"/>).
    /// </summary>
    public bool InterruptRequested
    {
        get => interruptFlag;
        set => interruptFlag = value;
    }

    private volatile bool interruptFlag;

    private Native.NativeCode native = null!;

    /// <summary>True while native code is on: colon and DOES> entries then take <see cref="EnterDefinition"/>, which runs it.</summary>
    internal bool NativeOn;

    /// <summary>
    /// How many steps a line of host input may take (<c>--max-steps</c>); 0 for no limit. A step is a poll: a
    /// backward branch, entering a colon, DOES> or deferred word, a token the outer interpreter reads, 4 KiB of output.
    /// </summary>
    public long StepLimit;

    /// <summary>
    /// The most steps between two looks at <see cref="InterruptRequested"/> and the host's own
    /// <see cref="HostServices.PollInterrupt"/> (a port read is slow): the colon entries and backward branches of the
    /// interpreter and of native code only count the step countdown down, which is refilled this many at a time.
    /// </summary>
    public const long PollInterval = 16384;

    /// <summary>
    /// The countdown the polls decrement: steps left before <see cref="StopAtPoll"/> must look (the host's poll is
    /// due, or the budget is spent). A plain field beside the volatile flag, so a poll is a load, a decrement and a store.
    /// </summary>
    internal long StepsLeft = long.MaxValue;

    /// <summary>Steps of the line's budget not yet in <see cref="StepsLeft"/>.</summary>
    private long budgetBeyondCountdown = long.MaxValue;

    private nint hostContext;
    private delegate*<nint, int> hostPoll;

    /// <summary>The host's own interrupt poll, if it has one (StarKernel's COM1).</summary>
    internal void ConnectHost(HostServices host)
    {
        hostContext = host.Context;
        hostPoll = host.PollInterrupt;
        StartStepBudget();
    }

    /// <summary>A line of host input starts: it gets the whole <see cref="StepLimit"/>.</summary>
    internal void StartStepBudget()
    {
        budgetBeyondCountdown = StepLimit > 0 ? StepLimit : long.MaxValue;
        RefillCountdown();
    }

    private void RefillCountdown()
    {
        long chunk = budgetBeyondCountdown > PollInterval ? PollInterval : budgetBeyondCountdown;
        budgetBeyondCountdown -= chunk;
        StepsLeft = chunk;
    }

    /// <summary>
    /// Counts a step and turns a pending <see cref="InterruptRequested"/> into -28, or a spent step budget into
    /// -266; true when it raised. Loops that neither branch back nor enter a colon word (WAIT, printing, deferred
    /// words, the outer interpreter's tokens) call it themselves.
    /// </summary>
    public bool PollInterrupt()
    {
        if (!InterruptRequested && --StepsLeft >= 0)
        {
            return false;
        }
        return StopAtPoll();
    }

    /// <summary>
    /// A poll found the interrupt or a spent countdown (the caller has counted the step): -28 for the interrupt, from
    /// the flag or the host's poll; -266 when the line's budget is spent; otherwise the next countdown starts.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal bool StopAtPoll()
    {
        if (!InterruptRequested)
        {
            if (StepsLeft >= 0)
            {
                return false;
            }
            if (budgetBeyondCountdown == 0)
            {
                StepsLeft = 0; // stays spent: a CATCH of -266 gets no new budget for the rest of the line
                Raise(ThrowCode.StepLimitReached);
                return true;
            }
            RefillCountdown();
            StepsLeft--; // this step
            if (hostPoll == null || hostPoll(hostContext) == 0)
            {
                return false;
            }
        }
        InterruptRequested = false;
        Raise(ThrowCode.UserInterrupt);
        return true;
    }

    internal InnerInterpreter(Machine machine, WordSet words)
    {
        Machine = machine;
        this.words = words;
    }

    internal void Connect(Arena arena, CellStack stack, CellStack returnStack, WordTable wordTable, ExecutionProfile profile, AccessControl access, LocalsStack locals,
        Native.NativeCode native)
    {
        this.native = native;
        this.locals = locals;
        this.arena = arena;
        DataStack = stack;
        ReturnStack = returnStack;
        WordTable = wordTable;
        this.profile = profile;
        this.access = access;
    }

    /// <summary>Takes the copies of the stack, arena and word table pointers, once the parts have their memory.</summary>
    internal void Start()
    {
        DataCells = DataStack.Cells;
        ReturnCells = ReturnStack.Cells;
        ArenaStart = arena.Start;
        LastCellAddress = arena.LastCellAddress;
        Kinds = WordTable.Kinds;
        BodyAddresses = WordTable.BodyAddresses;
        DoesCodes = WordTable.DoesCodes;
    }

    /// <summary>Executes one word from the host side, with its own return-to-host marker.</summary>
    public void Execute(int wordId)
    {
        if (!WordTable.IsWord(wordId))
        {
            Raise(ThrowCode.InvalidAddress);
            return;
        }
        if (runNesting >= MaxRunNesting)
        {
            Raise(ThrowCode.ReturnStackOverflow);
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
        Run(wordId);
        runNesting--;
        if (Code == 0)
        {
            Ip = savedIp;
        }
    }

    /// <summary>
    /// Runs <paramref name="wordId"/> and then the threaded code at the instruction pointer, until it returns to
    /// address 0 or a THROW leaves this nesting level. Machine words the host executes (most words the outer
    /// interpreter runs) skip the inline loop, which the JIT then compiles only when threaded code first runs.
    /// </summary>
    private void Run(int wordId)
    {
        while (true)
        {
            int machineWord = words.IsMachineWord(wordId) ? wordId : words.RunInline(this, wordId);
            if (machineWord < 0 && Code == ThrowCode.PollDue)
            {
                Code = 0;
                if (!StopAtPoll() && (wordId = FetchWordId()) >= 0)
                {
                    continue;
                }
            }
            if (machineWord >= 0)
            {
                wordId = words.CallMachineWord(Machine, machineWord);
                if (wordId == WordSet.NotAMachineWord)
                {
                    wordId = EnterDefinition(machineWord);
                }
                if (wordId < 0 && Code == 0)
                {
                    wordId = FetchWordId();
                }
                if (wordId >= 0 && Code == 0)
                {
                    continue;
                }
            }
            // Stopped: back to the host at address 0 or on a THROW, unless a CATCH frame of this nesting level takes it.
            do
            {
                if (!ResumeAfterStop())
                {
                    return;
                }
                wordId = FetchWordId();
            }
            while (wordId < 0);
        }
    }

    /// <summary>
    /// Called where a word is entered: enforces its ACL (-256 naming the word) and records the execution.
    /// False when the word may not run.
    /// </summary>
    private bool AdmitExecution(int wordId)
    {
        if (!access.Admit(wordId))
        {
            return false;
        }
        profile.RecordExecution(wordId);
        return true;
    }

    /// <summary>
    /// <see cref="AdmitExecution"/> for the common case, inlined into colon entry: false, with nothing changed, when
    /// an interrupt is pending, the transition from the previous word is new or not in its home slot, or the ACL
    /// denies (the slow path then does the whole job). Every check comes before the first change.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryAdmitInline(int wordId)
    {
        if (StepsLeft <= 0 || !profile.TryFindInlineTransition(wordId, out ExecutionProfile.Transition* transition)
            || !access.TryEnterInline(wordId))
        {
            return false;
        }
        StepsLeft--;
        profile.RecordInline(wordId, transition);
        return true;
    }

    /// <summary>
    /// The word_id at the instruction pointer, which then steps past it: where the inner interpreter resumes after a
    /// word that needed the machine. -1 at address 0 (back to the host), or after -9 outside the arena.
    /// </summary>
    private int FetchWordId()
    {
        long ip = Ip;
        if ((ulong)(ip - 1) >= (ulong)LastCellAddress)
        {
            if (ip != 0)
            {
                Raise(ThrowCode.InvalidAddress);
            }
            return -1;
        }
        Ip = ip + ArenaLayout.CellSize;
        return (int)*(long*)(ArenaStart + ip);
    }

    /// <summary>Fetches an inline operand (literal, branch offset, string length) at the instruction pointer and steps past it.</summary>
    public long NextOperand()
    {
        if (Ip == 0)
        {
            // A compiling word's run-time part executed from the host: there is no threaded code to read.
            Raise(ThrowCode.CompileOnly);
            return 0;
        }
        long cell = arena.FetchCell(Ip);
        Ip += ArenaLayout.CellSize;
        return cell;
    }

    /// <summary>
    /// Executes a word that is not a primitive, when the inline loop's fast path did not: returns the word_id to
    /// dispatch next, or -1.
    /// </summary>
    private int EnterDefinition(int wordId)
    {
        switch (WordTable.KindOf(wordId))
        {
            case WordKind.Colon:
                if (PollInterrupt() || !AdmitExecution(wordId))
                {
                    return -1;
                }
                ReturnStack.Push(Ip);
                Ip = WordTable.BodyAddresses[wordId];
                return NativeOn ? RunNativeFrom(native.EntryWhenHot(wordId)) : -1;
            case WordKind.Create:
                DataStack.Push(WordTable.BodyAddresses[wordId]);
                return -1;
            case WordKind.Constant:
            case WordKind.Value:
                DataStack.Push(arena.FetchCell(WordTable.BodyAddresses[wordId]));
                return -1;
            case WordKind.TwoConstant:
            case WordKind.TwoValue:
                DataStack.Push(arena.FetchCell(WordTable.BodyAddresses[wordId] + ArenaLayout.CellSize));
                DataStack.Push(arena.FetchCell(WordTable.BodyAddresses[wordId]));
                return -1;
            case WordKind.Field:
                if (DataStack.Depth < 1)
                {
                    Raise(ThrowCode.StackUnderflow);
                    return -1;
                }
                DataStack.Push(unchecked(DataStack.Pop() + arena.FetchCell(WordTable.BodyAddresses[wordId])));
                return -1;
            case WordKind.Defer:
                // A deferred word may run itself (DEFER X ' X IS X X): no backward branch, no colon entry.
                return PollInterrupt() ? -1 : DeferredWord(wordId);
            case WordKind.Marker:
                Machine.Dictionary.RestoreMarker(wordId);
                return -1;
            case WordKind.Does:
                if (!AdmitExecution(wordId))
                {
                    return -1;
                }
                DataStack.Push(WordTable.BodyAddresses[wordId]);
                ReturnStack.Push(Ip);
                Ip = WordTable.DoesCodes[wordId];
                return NativeOn ? RunNativeFrom(NativeCodeAt(Ip)) : -1;
            case WordKind.PackPrimitive:
                return PollInterrupt() || !AdmitExecution(wordId) ? -1 : Machine.Packs.Call(Machine, wordId);
            case WordKind.Unimplemented:
            case WordKind.Primitive:
                Raise(ThrowCode.UnsupportedOperation, WordTable.NameOf(wordId));
                return -1;
            default:
                Raise(ThrowCode.InvalidAddress);
                return -1;
        }
    }

    /// <summary>
    /// Runs native code from <paramref name="code"/> (0: none, the interpreter goes on at the instruction pointer) until
    /// it needs the interpreter: returns the word_id to dispatch next, or -1. A machine word native code stopped at runs
    /// here, and native code resumes after it; so does native code a callee's EXIT returns into, and a loop after its poll.
    /// </summary>
    private int RunNativeFrom(nint code)
    {
        while (code != 0 && Code == 0 && NativeOn) // -NATIVE ends it at the next stop
        {
            switch (RunNative(code))
            {
                case Native.NativeExit.Returned:
                    break;
                case Native.NativeExit.PollDue:
                    if (StopAtPoll())
                    {
                        return -1;
                    }
                    break;
                default:
                    int wordId = FetchWordId();
                    if (wordId < 0 || !words.IsMachineWord(wordId))
                    {
                        return wordId; // the dispatch loop runs it: a colon or DOES> word, a primitive without a stencil
                    }
                    int next = words.CallMachineWord(Machine, wordId);
                    if (next != -1 || Code != 0)
                    {
                        return next;
                    }
                    break;
            }
            code = NativeCodeAt(Ip);
        }
        return -1;
    }

    /// <summary>The native code that goes on at <paramref name="ip"/> with the data stack as it is, or 0.</summary>
    private nint NativeCodeAt(long ip) => native.ResumeAt(ip, DataStack.Depth, DataStack.Capacity - DataStack.Depth);

    /// <summary>Fills the native frame from the registers' homes, runs the code, and takes the registers back.</summary>
    private Native.NativeExit RunNative(nint code)
    {
        Native.NativeFrame* frame = native.Frame;
        frame->DataCells = DataCells;
        frame->DataDepth = DataStack.Depth;
        frame->DataCapacity = DataStack.Capacity;
        frame->ReturnCells = ReturnCells;
        frame->ReturnDepth = ReturnStack.Depth;
        frame->ReturnCapacity = ReturnStack.Capacity;
        frame->StepsLeft = StepsLeft;
        arena.SaveTo(frame);
        profile.SaveTo(frame);
        access.SaveTo(frame);
        Native.NativeExit exit = native.Run(code);
        DataStack.Depth = (int)frame->DataDepth;
        ReturnStack.Depth = (int)frame->ReturnDepth;
        StepsLeft = frame->StepsLeft;
        Ip = frame->InstructionPointer;
        profile.LoadFrom(frame);
        return exit;
    }

    /// <summary>The xt a DEFER word runs (the dispatch's next word), or -1 after -9 when it holds none.</summary>
    private int DeferredWord(int wordId)
    {
        long xt = arena.FetchCell(WordTable.BodyAddresses[wordId]);
        if (!WordTable.IsWord(xt))
        {
            Raise(ThrowCode.InvalidAddress, WordTable.NameOf(wordId));
            return -1;
        }
        return (int)xt;
    }

    /// <summary>
    /// Called when the instruction pointer reached 0 or a THROW is pending. Returns true when execution goes on: a
    /// CATCH frame of this nesting level took the THROW.
    /// </summary>
    private bool ResumeAfterStop()
    {
        // BYE is a THROW only so that it unwinds; no CATCH may keep the program alive.
        if (Code == 0 || Code == ThrowCode.Bye)
        {
            return false;
        }
        if (catchFrame == 0 || ReturnStack.Cells[catchFrame - 1] != runNesting)
        {
            return false;
        }
        // Frame, bottom to top: caller ip, previous frame, data depth, locals mark, nesting level.
        long code = Code;
        ReturnStack.Depth = catchFrame;
        --ReturnStack.Depth; // the nesting level, already matched
        locals.Restore(ReturnStack.Cells[--ReturnStack.Depth]);
        DataStack.Depth = (int)ReturnStack.Cells[--ReturnStack.Depth];
        catchFrame = (int)ReturnStack.Cells[--ReturnStack.Depth];
        Ip = ReturnStack.Cells[--ReturnStack.Depth];
        Clear();
        DataStack.Push(code);
        return true;
    }

    /// <summary>CATCH: records a frame, then the caught word returns through (CATCH-END).</summary>
    public void BeginCatch()
    {
        if (ReturnStack.Depth + 5 > ReturnStack.Capacity)
        {
            Raise(ThrowCode.ReturnStackOverflow);
            return;
        }
        ReturnStack.Push(Ip);
        ReturnStack.Push(catchFrame);
        ReturnStack.Push(DataStack.Depth);
        ReturnStack.Push(locals.Mark);
        ReturnStack.Push(runNesting);
        catchFrame = ReturnStack.Depth;
        Ip = ArenaLayout.CatchReturnAddress;
    }

    /// <summary>(CATCH-END): the caught word finished normally; drop its frame and push 0.</summary>
    public void EndCatch()
    {
        if (catchFrame == 0 || ReturnStack.Depth != catchFrame)
        {
            Raise(ThrowCode.ReturnStackImbalance);
            return;
        }
        ReturnStack.Depth -= 3;
        catchFrame = (int)ReturnStack.Cells[--ReturnStack.Depth];
        Ip = ReturnStack.Cells[--ReturnStack.Depth];
        DataStack.Push(0);
    }

    /// <summary>The CATCH frame and nesting level, for a host-side CATCH (<see cref="Machine.OuterInterpreter.CatchEvaluate"/>) to put back.</summary>
    internal void SaveFrames(out int frame, out int nesting, out long localsMark)
    {
        frame = catchFrame;
        nesting = runNesting;
        localsMark = locals.Mark;
    }

    internal void RestoreFrames(int frame, int nesting, long localsMark)
    {
        catchFrame = frame;
        runNesting = nesting;
        locals.Restore(localsMark);
    }

    /// <summary>No CATCH frames, no nesting, back to the host: after an uncaught THROW.</summary>
    internal void Reset()
    {
        catchFrame = 0;
        runNesting = 0;
        Ip = 0;
        locals.Reset();
    }
}
