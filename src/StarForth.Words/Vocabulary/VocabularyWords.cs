namespace StarForth.Words;

/// <summary>
/// Vocabularies and the search order (the Vocabularies part): CONTEXT is searched first, then its parents down to
/// FORTH; CURRENT receives new definitions. A vocabulary word is an ordinary colon word, <c>LIT index CONTEXT ! ;</c>.
/// </summary>
public static class VocabularyWords
{
    /// <summary>VOCABULARY name: a new vocabulary whose parent is CURRENT.</summary>
    [ForthWord("VOCABULARY", "( \"name\" -- )")]
    public static void Vocabulary(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        if (m.Vocabularies.Count >= Vocabularies.MaxVocabularies)
        {
            m.Throw(ThrowCode.DictionaryOverflow);
            return;
        }
        int wordId = m.Dictionary.CreateWord(name, length, WordKind.Colon);
        if (wordId < 0)
        {
            return;
        }
        int index = m.Vocabularies.Add(wordId);
        m.Compiler.CompileLiteral(index);
        m.Compiler.CompileWordId(WordIds.Context);
        m.Compiler.CompileWordId(WordIds.Store);
        m.Compiler.CompileWordId(WordIds.Exit);
        if (m.ThrowCode == 0)
        {
            m.Dictionary.FinishBody(wordId);
        }
        else
        {
            long code = m.ThrowCode;
            m.ThrowCode = 0;
            m.Dictionary.ForgetFrom(wordId);
            m.ThrowCode = code;
        }
    }

    /// <summary>DEFINITIONS: new definitions go into the CONTEXT vocabulary.</summary>
    [ForthWord("DEFINITIONS", "( -- )")]
    public static void Definitions(Machine m) => m.Vocabularies.Compilation = m.Vocabularies.Context;

    [ForthWord("CONTEXT", "( -- a-addr )")]
    public static void Context(Machine m) => m.Stack.Push(ArenaLayout.ContextAddress);

    [ForthWord("CURRENT", "( -- a-addr )")]
    public static void Current(Machine m) => m.Stack.Push(ArenaLayout.CurrentAddress);

    [ForthWord("FORTH", "( -- )")]
    public static void Forth(Machine m) => m.Vocabularies.Context = global::StarForth.Vocabulary.Forth;

    /// <summary>STARFORTH: makes the STARFORTH vocabulary (ids 259-270) CONTEXT, searched before FORTH.</summary>
    [ForthWord("STARFORTH", "( -- )")]
    public static void StarForth(Machine m) => m.Vocabularies.Context = global::StarForth.Vocabulary.StarForth;

    /// <summary>ORDER: the search order, first searched first, then the CURRENT vocabulary.</summary>
    [ForthWord("ORDER", "( -- )")]
    public static void Order(Machine m)
    {
        m.Output.Type("Search order:"u8);
        for (int v = m.Vocabularies.Context; v >= 0; v = m.Vocabularies.Parent(v))
        {
            m.Output.Emit((byte)' ');
            TypeVocabularyName(m, v);
        }
        m.Output.Type("\nCurrent: "u8);
        TypeVocabularyName(m, m.Vocabularies.Compilation);
        m.Output.Emit((byte)'\n');
    }

    public static void TypeVocabularyName(Machine m, int vocabulary)
    {
        int wordId = m.Vocabularies.WordOf(vocabulary);
        m.Output.Type(wordId >= 0 ? m.WordTable.NameOf(wordId) : global::StarForth.Vocabulary.Name(vocabulary));
    }

    /// <summary>(FIND): looks a name up in the search order, like SEARCH-WORDLIST: 0, or xt and 1 (immediate) or -1.</summary>
    [ForthWord("(FIND)", "( c-addr u -- 0 | xt 1 | xt -1 )")]
    public static void ParenFind(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (length < 0 || length > Dictionary.MaxNameLength)
        {
            m.Stack.Push(0);
            return;
        }
        System.Span<byte> name = m.Arena.Bytes(address, length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        int wordId = m.Lookup.Find(name);
        if (wordId < 0)
        {
            m.Stack.Push(0);
            return;
        }
        m.Stack.Push(wordId);
        m.Stack.Push((m.WordTable.FlagsOf(wordId) & WordFlags.Immediate) != 0 ? 1 : -1);
    }
}
