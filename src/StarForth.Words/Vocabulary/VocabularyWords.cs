namespace StarForth.Words;

/// <summary>
/// Vocabularies, the StarForth words over the search order (the Vocabularies part): CONTEXT holds the first word list
/// of the order, CURRENT the one new definitions go into. A vocabulary word is an ordinary colon word,
/// <c>LIT wid CONTEXT ! ;</c>: it replaces the first word list of the order. The standard's words are in SearchOrderWords.
/// </summary>
public static class VocabularyWords
{
    /// <summary>VOCABULARY name: a new word list named name, whose search goes on into CURRENT (its parent).</summary>
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

    /// <summary>DEFINITIONS: new definitions go into the first word list of the order; -50 when the order is empty.</summary>
    [ForthWord("DEFINITIONS", "( -- )")]
    public static void Definitions(Machine m)
    {
        int first = m.Vocabularies.Context;
        if (first < 0)
        {
            m.Throw(ThrowCode.SearchOrderUnderflow);
            return;
        }
        m.Vocabularies.Compilation = first;
    }

    [ForthWord("CONTEXT", "( -- a-addr )")]
    public static void Context(Machine m) => m.Stack.Push(ArenaLayout.ContextAddress);

    [ForthWord("CURRENT", "( -- a-addr )")]
    public static void Current(Machine m) => m.Stack.Push(ArenaLayout.CurrentAddress);

    /// <summary>FORTH: FORTH-WORDLIST replaces the first word list of the order.</summary>
    [ForthWord("FORTH", "( -- )")]
    public static void Forth(Machine m) => m.Vocabularies.Context = global::StarForth.Vocabulary.Forth;

    /// <summary>STARFORTH: the STARFORTH vocabulary (ids 259-270; its search goes on into FORTH) replaces the first word list of the order.</summary>
    [ForthWord("STARFORTH", "( -- )")]
    public static void StarForth(Machine m) => m.Vocabularies.Context = global::StarForth.Vocabulary.StarForth;

    /// <summary>ORDER: the word lists of the search order, first searched first, then the CURRENT word list.</summary>
    [ForthWord("ORDER", "( -- )")]
    public static void Order(Machine m)
    {
        m.Output.Type("Search order:"u8);
        for (int position = 0; position < m.Vocabularies.OrderDepth; position++)
        {
            m.Output.Emit((byte)' ');
            TypeVocabularyName(m, m.Vocabularies.OrderAt(position));
        }
        m.Output.Type("\nCurrent: "u8);
        TypeVocabularyName(m, m.Vocabularies.Compilation);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>A vocabulary's name; a WORDLIST, which has none, shows as WORDLIST#wid.</summary>
    public static void TypeVocabularyName(Machine m, int vocabulary)
    {
        int wordId = m.Vocabularies.WordOf(vocabulary);
        if (wordId >= 0)
        {
            m.Output.Type(m.WordTable.NameOf(wordId));
        }
        else if (vocabulary <= global::StarForth.Vocabulary.StarForth)
        {
            m.Output.Type(global::StarForth.Vocabulary.Name(vocabulary));
        }
        else
        {
            m.Output.Type("WORDLIST#"u8);
            m.Output.TypeDecimal(vocabulary);
        }
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
