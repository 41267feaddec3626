namespace StarForth;

/// <summary>
/// The outer interpreter: reading the input sources (host lines, EVALUATE strings, blocks, the init file, included
/// files; <see cref="InputSources"/> keeps them), ANS parsing over SOURCE and >IN, number conversion in BASE, the interpret/compile loop, and the recovery
/// after an uncaught THROW (what ABORT and QUIT leave behind).
/// </summary>
public sealed unsafe class OuterInterpreter
{
    public const int MaxInputNesting = InputSources.MaxNesting;

    /// <summary>The longest line QUERY and REFILL read; the rest of a longer line is lost.</summary>
    public const int RefillCapacity = 4096;

    private const int InitLineCapacity = 4096;

    private readonly HostServices host;
    private readonly ThrowState throws;
    private readonly Arena arena;
    private readonly InputSources sources;
    private readonly OpenFiles files;
    private readonly CellStack stack;
    private readonly CellStack returnStack;
    private readonly WordTable wordTable;
    private readonly WordLookup lookup;
    private readonly Vocabularies vocabularies;
    private readonly Compiler compiler;
    private readonly InnerInterpreter innerInterpreter;
    private readonly BlockStore blocks;
    private readonly TerminalInput terminal;
    private readonly Output output;

    private bool continueWithNextBlock;

    internal OuterInterpreter(HostServices host, ThrowState throws, Arena arena, InputSources sources, OpenFiles files, CellStack stack, CellStack returnStack,
        WordTable wordTable, WordLookup lookup, Vocabularies vocabularies, Compiler compiler, InnerInterpreter innerInterpreter,
        BlockStore blocks, TerminalInput terminal, Output output)
    {
        this.host = host;
        this.throws = throws;
        this.arena = arena;
        this.sources = sources;
        this.files = files;
        this.stack = stack;
        this.returnStack = returnStack;
        this.wordTable = wordTable;
        this.lookup = lookup;
        this.vocabularies = vocabularies;
        this.compiler = compiler;
        this.innerInterpreter = innerInterpreter;
        this.blocks = blocks;
        this.terminal = terminal;
        this.output = output;
    }

    /// <summary>Where, in the line the host passed in, the token being interpreted starts (0-based).</summary>
    public long TokenStart { get; private set; }

    public long SourceAddress => sources.Address;

    public long SourceLength => sources.Length;

    /// <summary>SOURCE-ID: 0 for host input, -1 for EVALUATE, the file id for an included file.</summary>
    public long SourceId => sources.SourceId;

    public long ToIn
    {
        get => sources.ToIn;
        set => sources.ToIn = value;
    }

    /// <summary>
    /// Interprets one line of host input (a script's line, a -e argument, a REPL line). The line is copied into the
    /// input region, so SOURCE can see it; a line longer than the region is -260. Returns the THROW code, 0 for
    /// success; on failure the machine is already reset for the next line, and an error inside an included file has
    /// left its place in <see cref="InputSources.ErrorFileName"/>.
    /// </summary>
    public long InterpretLine(System.ReadOnlySpan<byte> line)
    {
        innerInterpreter.StartStepBudget();
        sources.ClearErrorLocation();
        if (sources.PushCopy(line, InputSources.HostSourceId))
        {
            Interpret();
            sources.Pop();
        }
        return FinishHostInput();
    }

    private long FinishHostInput()
    {
        long code = throws.Code;
        if (code != 0)
        {
            ResetAfterError();
        }
        return code;
    }

    /// <summary>EVALUATE: interprets arena text as the current source, then restores the previous one.</summary>
    public void Evaluate(long address, long length)
    {
        if (!arena.CheckRange(address, length))
        {
            return;
        }
        if (sources.PushInPlace(address, length, InputSources.StringSourceId))
        {
            Interpret();
            sources.Pop();
        }
    }

    private void Interpret()
    {
        while (throws.Code == 0)
        {
            long start = ParseName(out long length);
            if (length == 0)
            {
                return;
            }
            sources.TokenStart = start - sources.Address;
            if (sources.Depth == 1)
            {
                TokenStart = sources.TokenStart;
            }
            if (innerInterpreter.PollInterrupt()) // 0 >IN ! reinterprets its line for ever without a branch or a colon word
            {
                return;
            }
            InterpretToken(start, length);
        }
    }

    private void InterpretToken(long address, long length)
    {
        System.ReadOnlySpan<byte> token = new System.ReadOnlySpan<byte>(arena.Start + address, (int)length);
        if (compiler.Compiling && compiler.TryCompileLocal(token))
        {
            return;
        }
        int wordId = lookup.Find(token);
        if (wordId >= 0)
        {
            WordFlags flags = wordTable.FlagsOf(wordId);
            if (compiler.Compiling && (flags & WordFlags.Immediate) == 0)
            {
                compiler.CompileWordId(wordId);
            }
            else if (!compiler.Compiling && (flags & WordFlags.CompileOnly) != 0)
            {
                throws.Raise(ThrowCode.CompileOnly, token);
            }
            else
            {
                innerInterpreter.Execute(wordId);
            }
            return;
        }
        if (NumberParser.TryParse(token, arena.Base, out long value))
        {
            if (compiler.Compiling)
            {
                compiler.CompileLiteral(value);
            }
            else
            {
                stack.Push(value);
            }
            return;
        }
        if (NumberParser.TryParseDouble(token, arena.Base, out long low, out long high))
        {
            if (compiler.Compiling)
            {
                compiler.CompileLiteral(low);
                compiler.CompileLiteral(high);
            }
            else
            {
                stack.Push(low);
                stack.Push(high);
            }
            return;
        }
        throws.Raise(ThrowCode.UndefinedWord, token);
    }

    /// <summary>PARSE-NAME: skips leading blanks, returns the address and length of the next blank-delimited name.</summary>
    public long ParseName(out long length)
    {
        long toIn = ToIn;
        if (toIn < 0)
        {
            toIn = 0;
        }
        while (toIn < sources.Length && arena.Start[sources.Address + toIn] <= (byte)' ')
        {
            toIn++;
        }
        long start = toIn;
        while (toIn < sources.Length && arena.Start[sources.Address + toIn] > (byte)' ')
        {
            toIn++;
        }
        length = toIn - start;
        ToIn = toIn < sources.Length ? toIn + 1 : toIn;
        return sources.Address + start;
    }

    /// <summary>PARSE: the text up to <paramref name="delimiter"/> (or the end of the source), stepping past the delimiter.</summary>
    public long Parse(byte delimiter, out long length)
    {
        long toIn = ToIn;
        if (toIn < 0 || toIn > sources.Length)
        {
            toIn = sources.Length;
        }
        long start = toIn;
        while (toIn < sources.Length && arena.Start[sources.Address + toIn] != delimiter)
        {
            toIn++;
        }
        length = toIn - start;
        ToIn = toIn < sources.Length ? toIn + 1 : toIn;
        return sources.Address + start;
    }

    /// <summary>
    /// ( : skips text up to the next ")". In an included file the comment may go on over further lines, which are
    /// read as REFILL would (Forth-2012 11.6.1.0080); elsewhere it ends with the source.
    /// </summary>
    public void SkipComment()
    {
        while (throws.Code == 0)
        {
            long text = Parse((byte)')', out long length);
            bool closed = text - sources.Address + length < sources.Length;
            if (closed || !sources.IsFile || !RefillFromFile())
            {
                return;
            }
        }
    }

    /// <summary>Skips the rest of the current source (\ comments).</summary>
    public void SkipRestOfSource() => ToIn = sources.Length;

    /// <summary>INTERPRET: runs the outer interpreter over the rest of the current source.</summary>
    public void InterpretSource() => Interpret();

    /// <summary>
    /// EVALUATE under a CATCH taken by the host side (the POST's E{ ... }E): returns the THROW code, 0 for none,
    /// with the stacks, compilation state and any half-made definition put back as they were. BYE still escapes.
    /// </summary>
    public long CatchEvaluate(long address, long length)
    {
        int depth = stack.Depth;
        int returnDepth = returnStack.Depth;
        innerInterpreter.SaveFrames(out int frame, out int nesting, out long localsMark);
        bool compiling = compiler.Compiling;
        int definition = compiler.DefinitionWordId;
        long ip = innerInterpreter.Ip;
        bool capturing = output.Capturing;
        Evaluate(address, length);
        long code = throws.Code;
        if (code == 0 || code == ThrowCode.Bye)
        {
            return code;
        }
        throws.Code = 0;
        stack.Depth = depth;
        returnStack.Depth = returnDepth;
        innerInterpreter.RestoreFrames(frame, nesting, localsMark);
        if (definition < 0)
        {
            compiler.AbandonDefinition();
        }
        compiler.Compiling = compiling;
        innerInterpreter.Ip = ip;
        output.RestoreCapture(capturing);
        return code;
    }

    /// <summary>Back to a clean interpreter after an uncaught THROW: what ABORT and QUIT leave behind.</summary>
    public void ResetAfterError()
    {
        stack.Depth = 0;
        returnStack.Depth = 0;
        innerInterpreter.Reset();
        throws.Code = 0;
        compiler.AbandonDefinition();
        compiler.Compiling = false;
        sources.Reset();
        output.RestoreCapture(false); // an O{ the error cut short prints again
        terminal.DropPendingInput(); // and INPUT" text it left is not read by a later ACCEPT
        vocabularies.RecoverEmptyOrder(); // with no word list to search, not even ONLY could be typed again
    }

    // The terminal input buffer as a source: TIB, QUERY/REFILL, SAVE-INPUT and RESTORE-INPUT.

    /// <summary>TIB: the text of the outermost input source, the line the host handed in (or the one QUERY read).</summary>
    public long TerminalInputAddress => sources.TerminalInputAddress;

    /// <summary>
    /// QUERY and REFILL: reads the next host line and makes it the current input source (>IN 0, SOURCE-ID 0), in
    /// place of the current one. False at end of input or when no source is active.
    /// </summary>
    public bool RefillFromHost()
    {
        if (sources.Depth == 0)
        {
            return false;
        }
        // The current line's text is being replaced, so the new one may take its place below the floor it found.
        long room = sources.ReplacementRoom;
        long capacity = room < RefillCapacity ? room : RefillCapacity;
        long address = sources.ReplacementTop - capacity;
        long length = terminal.ReadSourceLine(address, capacity);
        if (length < 0)
        {
            return false;
        }
        sources.ReplaceLine(address, length);
        sources.BecomeHostInput();
        return true;
    }

    /// <summary>REFILL in an included file: its next line; false at its end (or after an error, with the THROW).</summary>
    public bool RefillFromFile()
    {
        long fileId = sources.SourceId;
        long room = (sources.ReplacementRoom - ArenaLayout.CellSize) & ~(long)(ArenaLayout.CellSize - 1);
        if (room <= 2)
        {
            throws.Raise(ThrowCode.InputLineTooLong);
            return false;
        }
        long address = sources.ReplacementTop - room;
        long ior = files.ReadLine(fileId, address, room - 2, out long length, out bool found, out bool complete);
        if (ior != 0)
        {
            throws.Raise(ior);
            return false;
        }
        if (!found)
        {
            return false;
        }
        if (!complete)
        {
            throws.Raise(ThrowCode.InputLineTooLong);
            return false;
        }
        sources.ReplaceLine(address, length);
        return true;
    }

    /// <summary>REFILL: the next line of the current source; false for EVALUATE strings and at the end of input.</summary>
    public bool Refill()
    {
        if (sources.IsFile)
        {
            return RefillFromFile();
        }
        return sources.SourceId == InputSources.HostSourceId && RefillFromHost();
    }

    /// <summary>
    /// INCLUDE-FILE: interprets the open file line by line as the current source, then closes it and goes back to the
    /// source that included it. An error stops every level; the innermost file records where it happened.
    /// </summary>
    public void IncludeFile(long fileId)
    {
        if (!files.IsOpen(fileId))
        {
            throws.Raise(ThrowCode.FileIo);
            return;
        }
        files.RememberIncluded(files.PathOf(fileId));
        bool compilingAtStart = compiler.Compiling;
        if (sources.PushFile(fileId))
        {
            while (throws.Code == 0 && RefillFromFile())
            {
                sources.ClearErrorLocation(); // no error is in flight: any place recorded belongs to one CATCH took
                Interpret();
            }
            if (throws.Code == 0 && compiler.Compiling && !compilingAtStart)
            {
                RaiseUnterminatedDefinition();
            }
            if (throws.Code != 0 && throws.Code != ThrowCode.Bye)
            {
                sources.NoteErrorInFile(files.PathOf(fileId));
            }
            sources.Pop();
        }
        long ior = files.Close(fileId);
        if (ior != 0)
        {
            throws.Raise(ior);
        }
    }

    /// <summary>
    /// A definition the file opened and did not end is -39 at the end of its last line, as at the end of a script: the
    /// next file must not compile into it. The half-made definition is dropped here, not only by the error's recovery,
    /// so that a CATCH around INCLUDED goes on interpreting rather than compiling into it.
    /// </summary>
    private void RaiseUnterminatedDefinition()
    {
        sources.TokenStart = sources.Length;
        int definition = compiler.DefinitionWordId;
        if (definition >= 0)
        {
            throws.Raise(ThrowCode.UnexpectedEndOfFile, wordTable.NameOf(definition));
        }
        else
        {
            throws.Raise(ThrowCode.UnexpectedEndOfFile);
        }
        compiler.AbandonDefinition();
        compiler.Compiling = false;
    }

    /// <summary>The file being included, whose folder relative file names start from; 0 outside any file.</summary>
    public long IncludingFileId => sources.InnermostFileId;

    /// <summary>SAVE-INPUT's four cells, bottom to top: source address, length, SOURCE-ID, >IN.</summary>
    public void SaveInput()
    {
        stack.Push(sources.Address);
        stack.Push(sources.Length);
        stack.Push(sources.SourceId);
        stack.Push(ToIn);
        stack.Push(4);
    }

    /// <summary>RESTORE-INPUT: puts >IN back when the saved source is still the current one; true when it cannot.</summary>
    public bool RestoreInput(long address, long length, long id, long toIn)
    {
        if (address != sources.Address || length != sources.Length || id != sources.SourceId || toIn < 0 || toIn > length)
        {
            return true;
        }
        ToIn = toIn;
        return false;
    }

    // INIT: interprets the host's init file line by line (hosted: the `--init FILE` path; StarKernel has none). Lines of
    // the form `Block N` are the C init.4th's block headers and are skipped, so a C init file loads as one source text.
    // Afterwards FORTH is both CONTEXT and CURRENT, as the C INIT leaves it.

    public bool HasInitFile => host.ReadInitFile != null;

    /// <summary>Interprets the init file; -38 when the host has none, -37 when reading fails, -18 for a line over 4 KiB.</summary>
    public void LoadInitFile()
    {
        if (host.ReadInitFile == null)
        {
            throws.Raise(ThrowCode.NonExistentFile, "no init file"u8);
            return;
        }
        byte* line = (byte*)host.Allocate(host.Context, InitLineCapacity);
        if (line == null)
        {
            throws.Raise(ThrowCode.DictionaryOverflow);
            return;
        }
        long offset = 0;
        while (throws.Code == 0)
        {
            int count = host.ReadInitFile(host.Context, offset, line, InitLineCapacity);
            if (count < 0)
            {
                throws.Raise(offset == 0 ? ThrowCode.NonExistentFile : ThrowCode.FileIo, "init file"u8);
                break;
            }
            if (count == 0)
            {
                break;
            }
            int length = 0;
            while (length < count && line[length] != (byte)'\n')
            {
                length++;
            }
            if (length == count && count == InitLineCapacity)
            {
                throws.Raise(ThrowCode.ParsedStringOverflow);
                break;
            }
            offset += length < count ? length + 1 : length;
            if (length > 0 && line[length - 1] == (byte)'\r')
            {
                length--;
            }
            System.ReadOnlySpan<byte> text = new System.ReadOnlySpan<byte>(line, length);
            if (!IsBlockHeaderLine(text))
            {
                InterpretNested(text);
            }
        }
        host.FreeBlock(line);
        if (throws.Code == 0)
        {
            vocabularies.Context = StarForth.Vocabulary.Forth;
            vocabularies.Compilation = StarForth.Vocabulary.Forth;
        }
    }

    /// <summary>Interprets host bytes as a nested source (like EVALUATE), copied into the input region.</summary>
    private void InterpretNested(System.ReadOnlySpan<byte> text)
    {
        if (sources.PushCopy(text, InputSources.StringSourceId))
        {
            Interpret();
            sources.Pop();
        }
    }

    /// <summary>`Block` and a decimal number, nothing else: a C init.4th block header.</summary>
    private static bool IsBlockHeaderLine(System.ReadOnlySpan<byte> line)
    {
        if (line.Length < 7 || line[0] != (byte)'B' || line[1] != (byte)'l' || line[2] != (byte)'o' || line[3] != (byte)'c'
            || line[4] != (byte)'k' || line[5] != (byte)' ')
        {
            return false;
        }
        int i = 6;
        while (i < line.Length && line[i] == (byte)' ')
        {
            i++;
        }
        int digits = 0;
        while (i < line.Length && line[i] >= (byte)'0' && line[i] <= (byte)'9')
        {
            i++;
            digits++;
        }
        while (i < line.Length && (line[i] == (byte)' ' || line[i] == (byte)'\t'))
        {
            i++;
        }
        return digits > 0 && i == line.Length;
    }

    // LOAD and -->.

    /// <summary>
    /// LOAD: interprets the block with BLK set to it, then restores BLK and the input source. The text is copied
    /// into the input region first, so BLOCK calls made while loading cannot change it. --> continues with the next block.
    /// </summary>
    public void LoadBlock(long block)
    {
        long savedBlk = arena.FetchCellUnchecked(ArenaLayout.BlkAddress);
        while (throws.Code == 0)
        {
            long buffer = blocks.AssignBlockBuffer(block, read: true);
            if (buffer == 0)
            {
                break;
            }
            arena.StoreCellUnchecked(ArenaLayout.BlkAddress, block);
            continueWithNextBlock = false;
            if (!sources.PushArenaCopy(buffer, ArenaLayout.BlockSize, InputSources.StringSourceId))
            {
                break;
            }
            Interpret();
            sources.Pop();
            if (!continueWithNextBlock)
            {
                break;
            }
            block++;
        }
        continueWithNextBlock = false;
        arena.StoreCellUnchecked(ArenaLayout.BlkAddress, savedBlk);
    }

    /// <summary>--> : the rest of this block is skipped and LOAD goes on with the next one; -35 outside a block.</summary>
    public void ContinueWithNextBlock()
    {
        if (arena.FetchCellUnchecked(ArenaLayout.BlkAddress) == 0)
        {
            throws.Raise(ThrowCode.InvalidBlockNumber);
            return;
        }
        continueWithNextBlock = true;
        SkipRestOfSource();
    }
}
