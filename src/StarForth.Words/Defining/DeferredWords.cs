namespace StarForth.Words;

/// <summary>
/// Words whose data field is changed after they are defined: VALUE/TO and DEFER/IS/ACTION-OF. Inside a definition
/// TO, IS and ACTION-OF compile LIT word_id and a run-time word ((TO), DEFER!, DEFER@), never an address.
/// </summary>
public static class DeferredWords
{
    [ForthWord("VALUE", "( x \"name\" -- )")]
    public static void Value(Machine m)
    {
        long x = m.Stack.Peek();
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.Value) >= 0)
        {
            m.Stack.Pop();
            m.DataSpace.CommaCell(x);
        }
    }

    [ForthWord("TO", "( i*x \"name\" -- )", Flags = WordFlags.Immediate)]
    public static void To(Machine m)
    {
        if (LocalsWords.TryCompileLocalUpdate(m, WordIds.StoreLocal))
        {
            return;
        }
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId < 0)
        {
            return;
        }
        if (!IsValue(m, wordId))
        {
            m.Throw(ThrowCode.InvalidName, m.WordTable.NameOf(wordId));
            return;
        }
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileLiteral(wordId);
            m.Compiler.CompileWordId(WordIds.ToRuntime);
            return;
        }
        StoreValue(m, wordId);
    }

    /// <summary>Compiled by TO: stores x (or the two cells of a 2VALUE) into the value whose xt follows as a literal.</summary>
    [ForthWord("(TO)", "( x xt -- )")]
    public static void ToRuntime(Machine m)
    {
        long xt = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (!m.WordTable.IsWord(xt) || !IsValue(m, (int)xt))
        {
            m.Throw(ThrowCode.InvalidName);
            return;
        }
        StoreValue(m, (int)xt);
    }

    private static bool IsValue(Machine m, int wordId) =>
        m.WordTable.KindOf(wordId) == WordKind.Value || m.WordTable.KindOf(wordId) == WordKind.TwoValue;

    /// <summary>A 2VALUE keeps its cells as 2! does: the top cell first, at the lower address.</summary>
    private static void StoreValue(Machine m, int wordId)
    {
        long body = m.WordTable.BodyOf(wordId);
        if (m.WordTable.KindOf(wordId) == WordKind.TwoValue)
        {
            if (m.Stack.Depth < 2)
            {
                m.Throw(ThrowCode.StackUnderflow);
                return;
            }
            m.Arena.StoreCell(body, m.Stack.Pop());
            m.Arena.StoreCell(body + ArenaLayout.CellSize, m.Stack.Pop());
            return;
        }
        long x = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.Arena.StoreCell(body, x);
        }
    }

    /// <summary>+TO: adds to a VALUE (or, in a definition, to a local), as TO stores.</summary>
    [ForthWord("+TO", "( C: \"name\" -- ) ( n -- )", Flags = WordFlags.Immediate)]
    public static void PlusTo(Machine m)
    {
        int wordId = CompileOrFindValueUpdate(m, WordIds.AddToLocal, WordIds.PlusToRuntime);
        if (wordId >= 0)
        {
            AddToValue(m, wordId);
        }
    }

    /// <summary>
    /// TO and +TO: parses the name; when compiling, compiles the update of the local (<paramref name="localRuntime"/>
    /// and its slot) or of the VALUE (LIT xt <paramref name="valueRuntime"/>) and returns -1; when interpreting,
    /// returns the VALUE's word_id. -1 after an error.
    /// </summary>
    private static int CompileOrFindValueUpdate(Machine m, int localRuntime, int valueRuntime)
    {
        if (LocalsWords.TryCompileLocalUpdate(m, localRuntime))
        {
            return -1;
        }
        int wordId = ParseWordOfKind(m, WordKind.Value);
        if (wordId < 0 || !m.Compiler.Compiling)
        {
            return wordId;
        }
        m.Compiler.CompileLiteral(wordId);
        m.Compiler.CompileWordId(valueRuntime);
        return -1;
    }

    /// <summary>Compiled by +TO: adds n to the VALUE whose xt follows as a literal.</summary>
    [ForthWord("(+TO)", "( n xt -- )")]
    public static void PlusToRuntime(Machine m)
    {
        int wordId = PopWordOfKind(m, WordKind.Value);
        if (wordId >= 0)
        {
            AddToValue(m, wordId);
        }
    }

    private static void AddToValue(Machine m, int wordId)
    {
        long n = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            long body = m.WordTable.BodyOf(wordId);
            m.Arena.StoreCell(body, unchecked(m.Arena.FetchCell(body) + n));
        }
    }

    /// <summary>Executing a DEFER word before IS gives it an action throws -9 naming it.</summary>
    [ForthWord("DEFER", "( \"name\" -- )")]
    public static void Defer(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.Defer) >= 0)
        {
            m.DataSpace.CommaCell(-1);
        }
    }

    [ForthWord("IS", "( C: \"name\" -- ) ( xt -- )", Flags = WordFlags.Immediate)]
    public static void Is(Machine m)
    {
        int wordId = ParseWordOfKind(m, WordKind.Defer);
        if (wordId < 0)
        {
            return;
        }
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileLiteral(wordId);
            m.Compiler.CompileWordId(WordIds.DeferStore);
            return;
        }
        long xt = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (!m.WordTable.IsWord(xt))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        m.Arena.StoreCell(m.WordTable.BodyOf(wordId), xt);
    }

    [ForthWord("ACTION-OF", "( \"name\" -- xt )", Flags = WordFlags.Immediate)]
    public static void ActionOf(Machine m)
    {
        int wordId = ParseWordOfKind(m, WordKind.Defer);
        if (wordId < 0)
        {
            return;
        }
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileLiteral(wordId);
            m.Compiler.CompileWordId(WordIds.DeferFetch);
            return;
        }
        m.Stack.Push(m.Arena.FetchCell(m.WordTable.BodyOf(wordId)));
    }

    [ForthWord("DEFER!", "( xt2 xt1 -- )")]
    public static void DeferStore(Machine m)
    {
        int wordId = PopWordOfKind(m, WordKind.Defer);
        if (wordId < 0)
        {
            return;
        }
        long xt = m.Stack.Pop();
        if (!m.WordTable.IsWord(xt))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        m.Arena.StoreCell(m.WordTable.BodyOf(wordId), xt);
    }

    [ForthWord("DEFER@", "( xt1 -- xt2 )")]
    public static void DeferFetch(Machine m)
    {
        int wordId = PopWordOfKind(m, WordKind.Defer);
        if (wordId >= 0)
        {
            m.Stack.Push(m.Arena.FetchCell(m.WordTable.BodyOf(wordId)));
        }
    }

    /// <summary>Parses a name that must be a word of the given kind: -13 when unknown, -32 when of another kind.</summary>
    private static int ParseWordOfKind(Machine m, WordKind kind)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId >= 0 && m.WordTable.KindOf(wordId) != kind)
        {
            m.Throw(ThrowCode.InvalidName, m.WordTable.NameOf(wordId));
            return -1;
        }
        return wordId;
    }

    private static int PopWordOfKind(Machine m, WordKind kind)
    {
        long xt = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return -1;
        }
        if (!m.WordTable.IsWord(xt) || m.WordTable.KindOf((int)xt) != kind)
        {
            m.Throw(ThrowCode.InvalidName);
            return -1;
        }
        return (int)xt;
    }
}
