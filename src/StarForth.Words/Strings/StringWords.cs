namespace StarForth.Words;

/// <summary>
/// Strings and comments. A compiled string is (s") followed by a length cell and the bytes, padded to a cell.
/// </summary>
public static class StringWords
{
    [ForthWord("(s\")", "( -- c-addr u )", Flags = WordFlags.CompileOnly, Operand = WordOperand.InlineString)]
    public static void StringRuntime(Machine m)
    {
        long text = SkipInlineString(m, out long length);
        m.Stack.Push(text);
        m.Stack.Push(length);
    }

    /// <summary>Steps the instruction pointer over an inline string; returns its address and length.</summary>
    public static long SkipInlineString(Machine m, out long length)
    {
        length = m.InnerInterpreter.NextOperand();
        long text = m.InnerInterpreter.Ip;
        if (length < 0 || !m.Arena.IsValidRange(text, length))
        {
            m.Throw(ThrowCode.InvalidAddress);
            length = 0;
            return 0;
        }
        m.InnerInterpreter.Ip = Arena.AlignedAddress(text + length);
        return text;
    }

    /// <summary>Parses up to <paramref name="delimiter"/> and compiles the text as an inline string.</summary>
    public static void CompileParsedString(Machine m, byte delimiter)
    {
        long text = m.OuterInterpreter.Parse(delimiter, out long length);
        CompileStringBody(m, text, length);
    }

    /// <summary>The operand of an inline string: its length, then a copy of its bytes, aligned.</summary>
    public static void CompileStringBody(Machine m, long text, long length)
    {
        m.DataSpace.CommaCell(length);
        long destination = m.DataSpace.Here;
        m.DataSpace.Allot(length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        m.Arena.CopyBytes(text, destination, length);
        m.DataSpace.AlignHere();
    }

    [ForthWord("S\"", "( \"ccc<quote>\" -- c-addr u )", Flags = WordFlags.Immediate)]
    public static void SQuote(Machine m)
    {
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileWordId(WordIds.StringRuntime);
            CompileParsedString(m, (byte)'"');
            return;
        }
        long text = m.OuterInterpreter.Parse((byte)'"', out long length);
        long buffer = m.Arena.NextTransientStringBuffer();
        if (length > ArenaLayout.TransientStringSize)
        {
            m.Throw(ThrowCode.ParsedStringOverflow);
            return;
        }
        m.Arena.CopyBytes(text, buffer, length);
        m.Stack.Push(buffer);
        m.Stack.Push(length);
    }

    /// <summary>The C dictionary's non-immediate ['] (id 119, shadowed by the ANS one): parses a name and pushes its xt.</summary>
    [ForthWord("[']", "( \"name\" -- xt )", Id = 119)]
    public static void BracketTickClassic(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId >= 0)
        {
            m.Stack.Push(wordId);
        }
    }

    /// <summary>The C dictionary's [LITERAL]: compiles x as a literal, like the LITERAL of id 120, but under its own name.</summary>
    [ForthWord("[LITERAL]", "( x -- )")]
    public static void BracketLiteral(Machine m) => m.Compiler.CompileLiteral(m.Stack.Pop());

    [ForthWord(".\"", "( \"ccc<quote>\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void DotQuote(Machine m)
    {
        m.Compiler.CompileWordId(WordIds.StringRuntime);
        CompileParsedString(m, (byte)'"');
        m.Compiler.CompileWordId(WordIds.Type);
    }

    [ForthWord(".(", "( \"ccc<paren>\" -- )", Flags = WordFlags.Immediate)]
    public static void DotParen(Machine m)
    {
        long text = m.OuterInterpreter.Parse((byte)')', out long length);
        m.Output.Type(text, length);
    }

    [ForthWord("(", "( \"ccc<paren>\" -- )", Flags = WordFlags.Immediate)]
    public static void Paren(Machine m) => m.OuterInterpreter.SkipComment();

    [ForthWord("\\", "( \"ccc<eol>\" -- )", Flags = WordFlags.Immediate)]
    public static void Backslash(Machine m) => m.OuterInterpreter.SkipRestOfSource();

    [ForthWord("CHAR", "( \"<spaces>name\" -- char )")]
    public static void Char(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        m.Stack.Push(m.Arena.FetchByte(name));
    }

    [ForthWord("[CHAR]", "( \"<spaces>name\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void BracketChar(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        m.Compiler.CompileLiteral(m.Arena.FetchByte(name));
    }
}
