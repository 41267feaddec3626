namespace StarForth;

/// <summary>
/// The outer interpreter: input sources (host lines, EVALUATE strings, blocks, the init file) stacked below the free
/// space, ANS parsing over SOURCE and >IN, number conversion in BASE, the interpret/compile loop, and the recovery
/// after an uncaught THROW (what ABORT and QUIT leave behind).
/// </summary>
public sealed unsafe class OuterInterpreter
{
    public const int MaxInputNesting = 32;

    /// <summary>The longest line QUERY and REFILL read; the rest of a longer line is lost.</summary>
    public const int RefillCapacity = 4096;

    private const int InitLineCapacity = 4096;

    private struct InputSource
    {
        public long Address;
        public long Length;
        public long SavedToIn;
        public long SourceId;
        public long SavedInputFloor;
    }

    private readonly HostServices host;
    private readonly ThrowState throws;
    private readonly Arena arena;
    private readonly DataSpace dataSpace;
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

    private InputSource* inputSources;
    private bool continueWithNextBlock;
    private int inputDepth;
    private long sourceAddress;
    private long sourceLength;
    private long sourceId;

    internal OuterInterpreter(HostServices host, ThrowState throws, Arena arena, DataSpace dataSpace, CellStack stack, CellStack returnStack,
        WordTable wordTable, WordLookup lookup, Vocabularies vocabularies, Compiler compiler, InnerInterpreter innerInterpreter,
        BlockStore blocks, TerminalInput terminal, Output output)
    {
        this.host = host;
        this.throws = throws;
        this.arena = arena;
        this.dataSpace = dataSpace;
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

    internal bool Allocate()
    {
        inputSources = (InputSource*)host.Allocate(host.Context, (nuint)(MaxInputNesting * sizeof(InputSource)));
        return inputSources != null;
    }

    internal void Release()
    {
        host.FreeBlock(inputSources);
        inputSources = null;
    }

    /// <summary>Where, in the line the host passed in, the token being interpreted starts (0-based).</summary>
    public long TokenStart { get; private set; }

    public long SourceAddress => sourceAddress;

    public long SourceLength => sourceLength;

    /// <summary>SOURCE-ID: 0 for host input, -1 for EVALUATE.</summary>
    public long SourceId => sourceId;

    public long ToIn
    {
        get => arena.FetchCellUnchecked(ArenaLayout.ToInAddress);
        set => arena.StoreCellUnchecked(ArenaLayout.ToInAddress, value);
    }

    /// <summary>
    /// Interprets one line of host input (a file line, a -e argument, a REPL line). The line is copied into the
    /// arena, so SOURCE can see it; its length is limited only by free memory. Returns the THROW code, 0 for success;
    /// on failure the machine is already reset for the next line.
    /// </summary>
    public long InterpretLine(System.ReadOnlySpan<byte> line)
    {
        long savedFloor = dataSpace.InputFloor;
        long address = dataSpace.ReserveInput(line.Length);
        if (address < 0)
        {
            return FinishHostInput();
        }
        for (int i = 0; i < line.Length; i++)
        {
            arena.Start[address + i] = line[i];
        }
        if (PushSource(address, line.Length, 0, savedFloor))
        {
            Interpret();
            PopSource();
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
        if (PushSource(address, length, -1, dataSpace.InputFloor))
        {
            Interpret();
            PopSource();
        }
    }

    private bool PushSource(long address, long length, long id, long savedFloor)
    {
        if (inputDepth >= MaxInputNesting)
        {
            throws.Raise(ThrowCode.InputNestingTooDeep);
            return false;
        }
        InputSource* saved = inputSources + inputDepth++;
        saved->Address = sourceAddress;
        saved->Length = sourceLength;
        saved->SavedToIn = ToIn;
        saved->SourceId = sourceId;
        saved->SavedInputFloor = savedFloor;
        sourceAddress = address;
        sourceLength = length;
        sourceId = id;
        ToIn = 0;
        return true;
    }

    private void PopSource()
    {
        InputSource* saved = inputSources + --inputDepth;
        sourceAddress = saved->Address;
        sourceLength = saved->Length;
        sourceId = saved->SourceId;
        ToIn = saved->SavedToIn;
        dataSpace.MoveInputFloor(saved->SavedInputFloor);
    }

    private void ResetInput()
    {
        inputDepth = 0;
        sourceAddress = 0;
        sourceLength = 0;
        sourceId = 0;
        ToIn = 0;
        dataSpace.ResetInputFloor();
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
            if (inputDepth == 1)
            {
                TokenStart = start - sourceAddress;
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
        while (toIn < sourceLength && arena.Start[sourceAddress + toIn] <= (byte)' ')
        {
            toIn++;
        }
        long start = toIn;
        while (toIn < sourceLength && arena.Start[sourceAddress + toIn] > (byte)' ')
        {
            toIn++;
        }
        length = toIn - start;
        ToIn = toIn < sourceLength ? toIn + 1 : toIn;
        return sourceAddress + start;
    }

    /// <summary>PARSE: the text up to <paramref name="delimiter"/> (or the end of the source), stepping past the delimiter.</summary>
    public long Parse(byte delimiter, out long length)
    {
        long toIn = ToIn;
        if (toIn < 0 || toIn > sourceLength)
        {
            toIn = sourceLength;
        }
        long start = toIn;
        while (toIn < sourceLength && arena.Start[sourceAddress + toIn] != delimiter)
        {
            toIn++;
        }
        length = toIn - start;
        ToIn = toIn < sourceLength ? toIn + 1 : toIn;
        return sourceAddress + start;
    }

    /// <summary>Skips the rest of the current source (\ comments).</summary>
    public void SkipRestOfSource() => ToIn = sourceLength;

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
        innerInterpreter.SaveFrames(out int frame, out int nesting);
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
        innerInterpreter.RestoreFrames(frame, nesting);
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
        ResetInput();
        output.RestoreCapture(false); // an O{ the error cut short prints again
        terminal.DropPendingInput(); // and INPUT" text it left is not read by a later ACCEPT
    }

    // The terminal input buffer as a source: TIB, QUERY/REFILL, SAVE-INPUT and RESTORE-INPUT.

    /// <summary>TIB: the text of the outermost input source, the line the host handed in (or the one QUERY read).</summary>
    public long TerminalInputAddress => inputDepth <= 1 ? sourceAddress : inputSources[1].Address;

    /// <summary>
    /// QUERY and REFILL: reads the next host line and makes it the current input source (>IN 0, SOURCE-ID 0), in
    /// place of the current one. False at end of input or when no source is active.
    /// </summary>
    public bool RefillFromHost()
    {
        if (inputDepth == 0)
        {
            return false;
        }
        // The current line's text is being replaced, so the new one may take its place below the floor it found.
        long top = inputSources[inputDepth - 1].SavedInputFloor;
        long room = top - dataSpace.Here - ArenaLayout.CellSize;
        long capacity = room < RefillCapacity ? room : RefillCapacity;
        if (capacity <= 0)
        {
            throws.Raise(ThrowCode.DictionaryOverflow);
            return false;
        }
        long address = (top - capacity) & ~(long)(ArenaLayout.CellSize - 1);
        long length = terminal.ReadHostLine(address, capacity);
        if (length < 0)
        {
            return false;
        }
        dataSpace.MoveInputFloor(address);
        sourceAddress = address;
        sourceLength = length;
        sourceId = 0;
        ToIn = 0;
        return true;
    }

    /// <summary>SAVE-INPUT's four cells, bottom to top: source address, length, SOURCE-ID, >IN.</summary>
    public void SaveInput()
    {
        stack.Push(sourceAddress);
        stack.Push(sourceLength);
        stack.Push(sourceId);
        stack.Push(ToIn);
        stack.Push(4);
    }

    /// <summary>RESTORE-INPUT: puts >IN back when the saved source is still the current one; true when it cannot.</summary>
    public bool RestoreInput(long address, long length, long id, long toIn)
    {
        if (address != sourceAddress || length != sourceLength || id != sourceId || toIn < 0 || toIn > length)
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

    /// <summary>Interprets host bytes as a nested source (like EVALUATE), copied below the input floor.</summary>
    private void InterpretNested(System.ReadOnlySpan<byte> text)
    {
        long savedFloor = dataSpace.InputFloor;
        long address = dataSpace.ReserveInput(text.Length);
        if (address < 0)
        {
            return;
        }
        for (int i = 0; i < text.Length; i++)
        {
            arena.Start[address + i] = text[i];
        }
        if (!PushSource(address, text.Length, -1, savedFloor))
        {
            dataSpace.MoveInputFloor(savedFloor);
            return;
        }
        Interpret();
        PopSource();
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
    /// below the input floor first, so BLOCK calls made while loading cannot change it. --> continues with the next block.
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
            long savedFloor = dataSpace.InputFloor;
            long address = dataSpace.ReserveInput(ArenaLayout.BlockSize);
            if (address < 0)
            {
                break;
            }
            arena.CopyBytes(buffer, address, ArenaLayout.BlockSize);
            arena.StoreCellUnchecked(ArenaLayout.BlkAddress, block);
            continueWithNextBlock = false;
            if (!PushSource(address, ArenaLayout.BlockSize, -1, savedFloor))
            {
                dataSpace.MoveInputFloor(savedFloor);
                break;
            }
            Interpret();
            PopSource();
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
