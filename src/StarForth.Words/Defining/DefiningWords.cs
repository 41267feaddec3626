using System.Runtime.CompilerServices;

namespace StarForth.Words;

/// <summary>Creating words: colon definitions, CREATE/DOES>, variables and constants, and compilation state.</summary>
public static class DefiningWords
{
    /// <summary>
    /// The C dictionary marks : immediate (a frozen flag), so while compiling it compiles itself, as the standard's
    /// non-immediate : would: `: NOP : POSTPONE ; ;` makes NOP a defining word.
    /// </summary>
    [ForthWord(":", "( C: \"name\" -- colon-sys )", Flags = WordFlags.Immediate)]
    public static void Colon(Machine m)
    {
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileWordId(WordIds.Colon);
            return;
        }
        m.BeginDefinition();
    }

    [ForthWord(";", "( C: colon-sys -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Semicolon(Machine m) => m.Compiler.EndDefinition();

    [ForthWord("CREATE", "( \"name\" -- )")]
    public static void Create(Machine m) => CreateNamed(m, WordKind.Create);

    [ForthWord("VARIABLE", "( \"name\" -- )")]
    public static void Variable(Machine m)
    {
        if (CreateNamed(m, WordKind.Create) >= 0)
        {
            m.DataSpace.CommaCell(0);
        }
    }

    [ForthWord("CONSTANT", "( x \"name\" -- )")]
    public static void Constant(Machine m)
    {
        long x = m.Stack.Peek();
        if (CreateNamed(m, WordKind.Constant) >= 0)
        {
            m.Stack.Pop();
            m.DataSpace.CommaCell(x);
        }
    }

    /// <summary>Parses a name and creates a word of the given kind with its data field at the (aligned) HERE.</summary>
    private static int CreateNamed(Machine m, WordKind kind)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        return m.Dictionary.CreateWord(name, length, kind);
    }

    [ForthWord("DOES>", "( C: colon-sys1 -- colon-sys2 )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Does(Machine m)
    {
        m.Compiler.CompileWordId(WordIds.DoesRuntime);
        // The code after DOES> runs in the child's own call, where the defining word's locals are gone.
        m.LocalNames.Clear();
    }

    /// <summary>Compiled by DOES>: the newest word now runs the code after it, then the defining word returns.</summary>
    [ForthWord("does_rt", "( -- )", Flags = WordFlags.CompileOnly)]
    public static void DoesRuntime(Machine m)
    {
        int latest = m.WordTable.LatestWordId;
        WordKind kind = m.WordTable.KindOf(latest);
        if (kind != WordKind.Create && kind != WordKind.Does)
        {
            m.Throw(ThrowCode.BodyOfNonCreatedWord);
            return;
        }
        m.WordTable.SetKind(latest, WordKind.Does);
        m.WordTable.SetDoesCode(latest, m.InnerInterpreter.Ip);
        m.InnerInterpreter.Ip = m.ReturnStack.Pop();
    }

    [ForthWord("IMMEDIATE", "( -- )", Flags = WordFlags.Immediate)]
    public static void Immediate(Machine m)
    {
        int latest = m.WordTable.LatestWordId;
        m.WordTable.SetFlags(latest, m.WordTable.FlagsOf(latest) | WordFlags.Immediate);
    }

    [ForthWord("LIT", "( -- x )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Literal)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lit(ref Registers r)
    {
        long x = r.NextOperand();
        if (r.Fault == 0)
        {
            r.Push(x);
        }
    }

    [ForthWord("LITERAL", "( x -- )", Id = 120)]
    [ForthWord("LITERAL", "( x -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Literal(Machine m) => m.Compiler.CompileLiteral(m.Stack.Pop());

    [ForthWord("STATE", "( -- a-addr )", Id = 162)]
    [ForthWord("STATE", "( -- a-addr )")]
    public static void State(Machine m) => m.Stack.Push(ArenaLayout.StateAddress);

    [ForthWord("[", "( -- )", Id = 160)]
    [ForthWord("[", "( -- )", Flags = WordFlags.Immediate)]
    public static void LeftBracket(Machine m) => m.Compiler.Compiling = false;

    [ForthWord("]", "( -- )", Id = 161)]
    [ForthWord("]", "( -- )", Flags = WordFlags.Immediate)]
    public static void RightBracket(Machine m) => m.Compiler.Compiling = true;

    [ForthWord("'", "( \"name\" -- xt )")]
    public static void Tick(Machine m)
    {
        int wordId = FindParsedName(m);
        if (wordId >= 0)
        {
            m.Stack.Push(wordId);
        }
    }

    [ForthWord("[']", "( \"name\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void BracketTick(Machine m)
    {
        int wordId = FindParsedName(m);
        if (wordId >= 0)
        {
            m.Compiler.CompileLiteral(wordId);
        }
    }

    /// <summary>Parses a name and looks it up: its word_id, or -1 after -16 (no name) or -13 (unknown).</summary>
    public static int FindParsedName(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return -1;
        }
        System.Span<byte> text = m.Arena.Bytes(name, length);
        int wordId = m.Lookup.Find(text);
        if (wordId < 0)
        {
            m.Throw(ThrowCode.UndefinedWord, text);
        }
        return wordId;
    }
}
