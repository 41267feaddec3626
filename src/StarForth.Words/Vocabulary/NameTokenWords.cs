namespace StarForth.Words;

/// <summary>
/// The PROGRAMMING-TOOLS words over name tokens. A name token (nt) is a header's address in the arena: it stays the
/// same as long as the word exists, and a cell that is not the start of a live header is -273, never a crash.
/// </summary>
public static class NameTokenWords
{
    /// <summary>
    /// Takes the name token on top of the stack: its word, or -1 after -4 (empty stack) or -273 (not a live header),
    /// leaving the stack as it was.
    /// </summary>
    private static int PopNameToken(Machine m)
    {
        long nt = m.Stack.Peek();
        if (m.ThrowCode != 0)
        {
            return -1;
        }
        int wordId = m.WordTable.WordAtHeader(nt);
        if (wordId < 0)
        {
            m.Throw(ThrowCode.InvalidNameToken);
            return -1;
        }
        m.Stack.Pop();
        return wordId;
    }

    /// <summary>FIND-NAME (Forth-2012's later name word): the name token of what the search order finds, or 0.</summary>
    [ForthWord("FIND-NAME", "( c-addr u -- nt | 0 )")]
    public static void FindName(Machine m)
    {
        long length = m.Stack.Peek(0);
        long address = m.Stack.Peek(1);
        if (m.ThrowCode != 0)
        {
            return;
        }
        int wordId = -1;
        if (length >= 0 && length <= Dictionary.MaxNameLength)
        {
            System.Span<byte> name = m.Arena.Bytes(address, length);
            if (m.ThrowCode != 0)
            {
                return;
            }
            wordId = m.Lookup.Find(name);
        }
        m.Stack.Depth -= 2;
        m.Stack.Push(wordId < 0 ? 0 : m.WordTable.HeaderOf(wordId));
    }

    /// <summary>NAME>STRING: the name as stored in the header (its case as defined).</summary>
    [ForthWord("NAME>STRING", "( nt -- c-addr u )")]
    public static void NameToString(Machine m)
    {
        int wordId = PopNameToken(m);
        if (wordId < 0)
        {
            return;
        }
        m.Stack.Push(m.WordTable.NameAddressOf(wordId));
        m.Stack.Push(m.WordTable.NameOf(wordId).Length);
    }

    /// <summary>NAME>INTERPRET: the xt of the word's interpretation semantics (its word_id; a compile-only word's xt throws -14 when run).</summary>
    [ForthWord("NAME>INTERPRET", "( nt -- xt | 0 )")]
    public static void NameToInterpret(Machine m)
    {
        int wordId = PopNameToken(m);
        if (wordId >= 0)
        {
            m.Stack.Push(wordId);
        }
    }

    /// <summary>NAME>COMPILE: xt and EXECUTE for an immediate word, xt and COMPILE, for any other.</summary>
    [ForthWord("NAME>COMPILE", "( nt -- x xt )")]
    public static void NameToCompile(Machine m)
    {
        int wordId = PopNameToken(m);
        if (wordId < 0)
        {
            return;
        }
        m.Stack.Push(wordId);
        m.Stack.Push((m.WordTable.FlagsOf(wordId) & WordFlags.Immediate) != 0 ? WordIds.Execute : WordIds.CompileComma);
    }

    /// <summary>
    /// TRAVERSE-WORDLIST: runs xt ( nt -- flag ) for each visible word of the word list, newest first, until it
    /// returns false. A word the xt forgets ends the walk there.
    /// </summary>
    [ForthWord("TRAVERSE-WORDLIST", "( i*x xt wid -- j*x )")]
    public static void TraverseWordList(Machine m)
    {
        long wid = m.Stack.Peek(0);
        long xt = m.Stack.Peek(1);
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (!m.Vocabularies.IsWordList(wid))
        {
            m.Throw(ThrowCode.InvalidWordList);
            return;
        }
        if (!m.WordTable.IsWord(xt))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        m.Stack.Depth -= 2;
        for (int wordId = m.WordTable.LatestHeaderWordId; wordId >= 0;)
        {
            long previousHeader = PreviousHeader(m, wordId);
            if (m.WordTable.VocabularyOf(wordId) == wid && IsNamedAndVisible(m, wordId))
            {
                m.Stack.Push(m.WordTable.HeaderOf(wordId));
                m.InnerInterpreter.Execute((int)xt);
                long more = m.Stack.Pop();
                if (m.ThrowCode != 0 || more == 0)
                {
                    return;
                }
            }
            wordId = previousHeader == 0 ? -1 : m.WordTable.WordAtHeader(previousHeader);
        }
    }

    private static long PreviousHeader(Machine m, int wordId)
    {
        int previous = m.WordTable.PreviousWord(wordId);
        return previous < 0 ? 0 : m.WordTable.HeaderOf(previous);
    }

    private static bool IsNamedAndVisible(Machine m, int wordId) =>
        (m.WordTable.FlagsOf(wordId) & (WordFlags.Hidden | WordFlags.Smudged)) == 0 && m.WordTable.NameOf(wordId).Length > 0;

    /// <summary>
    /// SYNONYM newname oldname: newname, in the CURRENT word list, does what oldname does, interpreted and compiled
    /// (it is immediate or compile-only when oldname is). It runs oldname in place, so `SYNONYM TO-R >R` works inside a
    /// definition; oldname is looked up before newname exists, so the two may have the same name.
    /// </summary>
    [ForthWord("SYNONYM", "( \"newname\" \"oldname\" -- )")]
    public static void Synonym(Machine m)
    {
        long newName = m.OuterInterpreter.ParseName(out long newLength);
        if (newLength == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        int oldWordId = DefiningWords.FindParsedName(m);
        if (oldWordId < 0)
        {
            return;
        }
        const WordFlags Inherited = WordFlags.Immediate | WordFlags.CompileOnly;
        int wordId = m.Dictionary.CreateWord(newName, newLength, WordKind.Defer, m.WordTable.FlagsOf(oldWordId) & Inherited);
        if (wordId >= 0)
        {
            m.DataSpace.CommaCell(oldWordId);
        }
    }
}
