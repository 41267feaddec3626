namespace StarForth.Words;

/// <summary>The input source and parsing it: SOURCE and >IN, WORD, PARSE, reading lines, saving and restoring input.</summary>
public static class ParsingWords
{
    [ForthWord("SOURCE", "( -- c-addr u )")]
    public static void Source(Machine m)
    {
        m.Stack.Push(m.OuterInterpreter.SourceAddress);
        m.Stack.Push(m.OuterInterpreter.SourceLength);
    }

    [ForthWord(">IN", "( -- a-addr )")]
    public static void ToIn(Machine m) => m.Stack.Push(ArenaLayout.ToInAddress);

    [ForthWord("SOURCE-ID", "( -- 0 | -1 | fileid )")]
    public static void SourceId(Machine m) => m.Stack.Push(m.OuterInterpreter.SourceId);

    [ForthWord("BL", "( -- char )")]
    public static void Bl(Machine m) => m.Stack.Push(' ');

    [ForthWord("SPAN", "( -- a-addr )")]
    public static void Span(Machine m) => m.Stack.Push(ArenaLayout.SpanAddress);

    /// <summary>BLK is 0: text comes from lines, not blocks, unless LOAD says otherwise.</summary>
    [ForthWord("BLK", "( -- a-addr )")]
    public static void Blk(Machine m) => m.Stack.Push(ArenaLayout.BlkAddress);

    [ForthWord("TIB", "( -- c-addr )")]
    public static void Tib(Machine m) => m.Stack.Push(m.OuterInterpreter.TerminalInputAddress);

    /// <summary>
    /// Parses a word delimited by char (leading delimiters skipped; for BL any control character counts as one) into
    /// the WORD buffer as a counted string followed by a space.
    /// </summary>
    [ForthWord("WORD", "( char \"<chars>ccc<char>\" -- c-addr )")]
    public static void Word(Machine m)
    {
        byte delimiter = (byte)m.Stack.Pop();
        long source = m.OuterInterpreter.SourceAddress;
        long end = m.OuterInterpreter.SourceLength;
        long toIn = m.OuterInterpreter.ToIn;
        if (toIn < 0 || toIn > end)
        {
            toIn = end;
        }
        while (toIn < end && IsDelimiter(m.Arena.FetchByte(source + toIn), delimiter))
        {
            toIn++;
        }
        long start = toIn;
        while (toIn < end && !IsDelimiter(m.Arena.FetchByte(source + toIn), delimiter))
        {
            toIn++;
        }
        long length = toIn - start;
        m.OuterInterpreter.ToIn = toIn < end ? toIn + 1 : toIn;
        if (length > 255)
        {
            m.Throw(ThrowCode.ParsedStringOverflow);
            return;
        }
        long buffer = ArenaLayout.WordBufferAddress(m.Arena.Size);
        m.Arena.StoreByte(buffer, (byte)length);
        m.Arena.CopyBytes(start + source, buffer + 1, length);
        m.Arena.StoreByte(buffer + 1 + length, (byte)' ');
        m.Stack.Push(buffer);
    }

    private static bool IsDelimiter(byte c, byte delimiter) => c == delimiter || (delimiter == (byte)' ' && c < (byte)' ');

    [ForthWord("PARSE", "( char \"ccc<char>\" -- c-addr u )")]
    public static void Parse(Machine m)
    {
        long address = m.OuterInterpreter.Parse((byte)m.Stack.Peek(), out long length);
        m.Stack.Poke(0, address);
        m.Stack.Push(length);
    }

    [ForthWord("PARSE-NAME", "( \"<spaces>name<space>\" -- c-addr u )")]
    public static void ParseName(Machine m)
    {
        long address = m.OuterInterpreter.ParseName(out long length);
        m.Stack.Push(address);
        m.Stack.Push(length);
    }

    /// <summary>Reads a line of host input into memory; -1 at end of input counts as an empty line.</summary>
    [ForthWord("ACCEPT", "( c-addr +n1 -- +n2 )")]
    public static void Accept(Machine m)
    {
        long capacity = m.Stack.Pop();
        long address = m.Stack.Pop();
        long length = m.Terminal.ReadHostLine(address, capacity);
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(length < 0 ? 0 : length);
        }
    }

    /// <summary>FORTH-79 ACCEPT: the count goes to SPAN.</summary>
    [ForthWord("EXPECT", "( c-addr +n -- )")]
    public static void Expect(Machine m)
    {
        long capacity = m.Stack.Pop();
        long address = m.Stack.Pop();
        long length = m.Terminal.ReadHostLine(address, capacity);
        if (m.ThrowCode == 0)
        {
            m.Arena.StoreCell(ArenaLayout.SpanAddress, length < 0 ? 0 : length);
        }
    }

    /// <summary>Reads the next host line and interprets it in place of the rest of the current one.</summary>
    [ForthWord("QUERY", "( -- )")]
    public static void Query(Machine m)
    {
        if (!m.OuterInterpreter.RefillFromHost())
        {
            m.OuterInterpreter.SkipRestOfSource();
        }
    }

    [ForthWord("REFILL", "( -- flag )")]
    public static void Refill(Machine m) => m.Stack.PushFlag(m.OuterInterpreter.Refill());

    [ForthWord("SAVE-INPUT", "( -- x1 x2 x3 x4 4 )")]
    public static void SaveInput(Machine m) => m.OuterInterpreter.SaveInput();

    [ForthWord("RESTORE-INPUT", "( xn ... x1 n -- flag )")]
    public static void RestoreInput(Machine m)
    {
        long n = m.Stack.Pop();
        if (n < 0 || n > m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        if (n != 4)
        {
            m.Stack.Depth -= (int)n;
            m.Stack.PushFlag(true);
            return;
        }
        long toIn = m.Stack.Pop();
        long id = m.Stack.Pop();
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        m.Stack.PushFlag(m.OuterInterpreter.RestoreInput(address, length, id, toIn));
    }
}
