namespace StarForth;

// The outer interpreter: input sources (host lines and EVALUATE strings), ANS parsing over SOURCE and >IN,
// number conversion in BASE, and the interpret/compile loop.
public sealed unsafe partial class Machine
{
    public const int MaxInputNesting = 32;

    private struct InputSource
    {
        public long Address;
        public long Length;
        public long SavedToIn;
        public long SourceId;
        public long SavedInputFloor;
    }

    private InputSource* inputSources;
    private int inputDepth;
    private long sourceAddress;
    private long sourceLength;
    private long sourceId;

    /// <summary>Where, in the line the host passed in, the token being interpreted starts (0-based).</summary>
    public long TokenStart { get; private set; }

    public long SourceAddress => sourceAddress;

    public long SourceLength => sourceLength;

    /// <summary>SOURCE-ID: 0 for host input, -1 for EVALUATE.</summary>
    public long SourceId => sourceId;

    public long ToIn
    {
        get => FetchCellUnchecked(ArenaLayout.ToInAddress);
        set => StoreCellUnchecked(ArenaLayout.ToInAddress, value);
    }

    /// <summary>
    /// Interprets one line of host input (a file line, a -e argument, a REPL line). The line is copied into the
    /// arena, so SOURCE can see it; its length is limited only by free memory. Returns the THROW code, 0 for success;
    /// on failure the machine is already reset for the next line.
    /// </summary>
    public long InterpretLine(System.ReadOnlySpan<byte> line)
    {
        long address = (inputFloor - line.Length) & ~(long)(ArenaLayout.CellSize - 1);
        if (address < here)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return FinishHostInput();
        }
        for (int i = 0; i < line.Length; i++)
        {
            arena[address + i] = line[i];
        }
        long savedFloor = inputFloor;
        inputFloor = address;
        if (PushSource(address, line.Length, 0, savedFloor))
        {
            Interpret();
            PopSource();
        }
        return FinishHostInput();
    }

    private long FinishHostInput()
    {
        long code = ThrowCode;
        if (code != 0)
        {
            ResetAfterError();
        }
        return code;
    }

    /// <summary>EVALUATE: interprets arena text as the current source, then restores the previous one.</summary>
    public void Evaluate(long address, long length)
    {
        if (!CheckRange(address, length))
        {
            return;
        }
        if (PushSource(address, length, -1, inputFloor))
        {
            Interpret();
            PopSource();
        }
    }

    private bool PushSource(long address, long length, long id, long savedFloor)
    {
        if (inputDepth >= MaxInputNesting)
        {
            Throw(StarForth.ThrowCode.InputNestingTooDeep);
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
        inputFloor = saved->SavedInputFloor;
    }

    private void ResetInput()
    {
        inputDepth = 0;
        sourceAddress = 0;
        sourceLength = 0;
        sourceId = 0;
        ToIn = 0;
        inputFloor = ArenaLayout.InputTop(arenaSize_);
    }

    private void Interpret()
    {
        while (ThrowCode == 0)
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
            PollInterrupt(); // 0 >IN ! reinterprets its line for ever without a branch or a colon word
            if (ThrowCode != 0)
            {
                return;
            }
            InterpretToken(start, length);
        }
    }

    private void InterpretToken(long address, long length)
    {
        System.ReadOnlySpan<byte> token = new System.ReadOnlySpan<byte>(arena + address, (int)length);
        int wordId = Find(token);
        if (wordId >= 0)
        {
            WordFlags flags = FlagsOf(wordId);
            if (Compiling && (flags & WordFlags.Immediate) == 0)
            {
                CompileWordId(wordId);
            }
            else if (!Compiling && (flags & WordFlags.CompileOnly) != 0)
            {
                Throw(StarForth.ThrowCode.CompileOnly, token);
            }
            else
            {
                Execute(wordId);
            }
            return;
        }
        if (NumberParser.TryParse(token, Base, out long value))
        {
            if (Compiling)
            {
                CompileLiteral(value);
            }
            else
            {
                Push(value);
            }
            return;
        }
        Throw(StarForth.ThrowCode.UndefinedWord, token);
    }

    /// <summary>PARSE-NAME: skips leading blanks, returns the address and length of the next blank-delimited name.</summary>
    public long ParseName(out long length)
    {
        long toIn = ToIn;
        if (toIn < 0)
        {
            toIn = 0;
        }
        while (toIn < sourceLength && arena[sourceAddress + toIn] <= (byte)' ')
        {
            toIn++;
        }
        long start = toIn;
        while (toIn < sourceLength && arena[sourceAddress + toIn] > (byte)' ')
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
        while (toIn < sourceLength && arena[sourceAddress + toIn] != delimiter)
        {
            toIn++;
        }
        length = toIn - start;
        ToIn = toIn < sourceLength ? toIn + 1 : toIn;
        return sourceAddress + start;
    }

    /// <summary>Skips the rest of the current source (\ comments).</summary>
    public void SkipRestOfSource() => ToIn = sourceLength;
}
