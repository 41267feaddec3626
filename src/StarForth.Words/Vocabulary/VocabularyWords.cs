namespace StarForth.Words;

/// <summary>
/// Vocabularies and the search order (Machine.Vocabularies.cs): CONTEXT is searched first, then its parents down to
/// FORTH; CURRENT receives new definitions. A vocabulary word is an ordinary colon word, <c>LIT index CONTEXT ! ;</c>.
/// </summary>
public static class VocabularyWords
{
    /// <summary>VOCABULARY name: a new vocabulary whose parent is CURRENT.</summary>
    [ForthWord("VOCABULARY", "( \"name\" -- )")]
    public static void Vocabulary(Machine m)
    {
        long name = m.ParseName(out long length);
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        if (m.VocabularyCount >= Machine.MaxVocabularies)
        {
            m.Throw(ThrowCode.DictionaryOverflow);
            return;
        }
        int wordId = m.CreateWord(name, length, WordKind.Colon);
        if (wordId < 0)
        {
            return;
        }
        int index = m.AddVocabulary(wordId);
        m.CompileLiteral(index);
        m.CompileWordId(WordIds.Context);
        m.CompileWordId(WordIds.Store);
        m.CompileWordId(WordIds.Exit);
        if (m.ThrowCode == 0)
        {
            m.FinishBody(wordId);
        }
        else
        {
            long code = m.ThrowCode;
            m.ThrowCode = 0;
            m.ForgetFrom(wordId);
            m.ThrowCode = code;
        }
    }

    /// <summary>DEFINITIONS: new definitions go into the CONTEXT vocabulary.</summary>
    [ForthWord("DEFINITIONS", "( -- )")]
    public static void Definitions(Machine m) => m.CompilationVocabulary = m.ContextVocabulary;

    [ForthWord("CONTEXT", "( -- a-addr )")]
    public static void Context(Machine m) => m.Push(ArenaLayout.ContextAddress);

    [ForthWord("CURRENT", "( -- a-addr )")]
    public static void Current(Machine m) => m.Push(ArenaLayout.CurrentAddress);

    [ForthWord("FORTH", "( -- )")]
    public static void Forth(Machine m) => m.ContextVocabulary = global::StarForth.Vocabulary.Forth;

    /// <summary>STARFORTH: makes the STARFORTH vocabulary (ids 259-270) CONTEXT, searched before FORTH.</summary>
    [ForthWord("STARFORTH", "( -- )")]
    public static void StarForth(Machine m) => m.ContextVocabulary = global::StarForth.Vocabulary.StarForth;

    /// <summary>ORDER: the search order, first searched first, then the CURRENT vocabulary.</summary>
    [ForthWord("ORDER", "( -- )")]
    public static void Order(Machine m)
    {
        m.Type("Search order:"u8);
        for (int v = m.ContextVocabulary; v >= 0; v = m.ParentVocabulary(v))
        {
            m.Emit((byte)' ');
            TypeVocabularyName(m, v);
        }
        m.Type("\nCurrent: "u8);
        TypeVocabularyName(m, m.CompilationVocabulary);
        m.Emit((byte)'\n');
    }

    public static void TypeVocabularyName(Machine m, int vocabulary)
    {
        int wordId = m.VocabularyWord(vocabulary);
        m.Type(wordId >= 0 ? m.NameOf(wordId) : global::StarForth.Vocabulary.Name(vocabulary));
    }

    /// <summary>(FIND): looks a name up in the search order, like SEARCH-WORDLIST: 0, or xt and 1 (immediate) or -1.</summary>
    [ForthWord("(FIND)", "( c-addr u -- 0 | xt 1 | xt -1 )")]
    public static void ParenFind(Machine m)
    {
        long length = m.Pop();
        long address = m.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (length < 0 || length > Machine.MaxNameLength)
        {
            m.Push(0);
            return;
        }
        System.Span<byte> name = m.Bytes(address, length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        int wordId = m.Find(name);
        if (wordId < 0)
        {
            m.Push(0);
            return;
        }
        m.Push(wordId);
        m.Push((m.FlagsOf(wordId) & WordFlags.Immediate) != 0 ? 1 : -1);
    }
}
