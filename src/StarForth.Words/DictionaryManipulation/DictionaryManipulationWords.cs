namespace StarForth.Words;

/// <summary>
/// Reaching into headers. An xt is a word_id; the link field address (lfa) is the header's address, the name
/// field address (nfa) its counted name, and the parameter field address (pfa) its body, as >BODY gives it.
/// </summary>
public static class DictionaryManipulationWords
{
    /// <summary>Toggles the smudge bit of the newest word (a smudged word is not found).</summary>
    [ForthWord("SMUDGE", "( -- )")]
    public static void Smudge(Machine m)
    {
        int latest = m.WordTable.LatestHeaderWordId;
        if (latest >= 0)
        {
            m.WordTable.SetFlags(latest, m.WordTable.FlagsOf(latest) ^ WordFlags.Smudged);
        }
    }

    /// <summary>Toggles the hidden bit of a word: hidden words are skipped by every lookup.</summary>
    [ForthWord("HIDDEN", "( xt -- )")]
    public static void Hidden(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.WordTable.SetFlags(wordId, m.WordTable.FlagsOf(wordId) ^ WordFlags.Hidden);
        }
    }

    [ForthWord(">BODY", "( xt -- a-addr )")]
    public static void ToBody(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId < 0)
        {
            return;
        }
        WordKind kind = m.WordTable.KindOf(wordId);
        if (kind == WordKind.Colon || kind == WordKind.Primitive || kind == WordKind.Unimplemented)
        {
            m.Throw(ThrowCode.BodyOfNonCreatedWord, m.WordTable.NameOf(wordId));
            return;
        }
        m.Stack.Push(m.WordTable.BodyOf(wordId));
    }

    [ForthWord(">NAME", "( xt -- nfa )")]
    public static void ToName(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.Push(m.WordTable.NameFieldOf(wordId));
        }
    }

    [ForthWord("NAME>", "( nfa -- xt )")]
    public static void NameFrom(Machine m) => PushWord(m, m.WordTable.WordAtNameField(m.Stack.Pop()));

    [ForthWord(">LINK", "( xt -- lfa )")]
    public static void ToLink(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.Push(m.WordTable.HeaderOf(wordId));
        }
    }

    [ForthWord("LINK>", "( lfa -- xt )")]
    public static void LinkFrom(Machine m) => PushWord(m, m.WordTable.WordAtHeader(m.Stack.Pop()));

    [ForthWord("CFA", "( nfa -- xt )")]
    public static void Cfa(Machine m) => NameFrom(m);

    [ForthWord("LFA", "( nfa -- lfa )")]
    public static void Lfa(Machine m)
    {
        int wordId = m.WordTable.WordAtNameField(m.Stack.Pop());
        if (CheckWord(m, wordId))
        {
            m.Stack.Push(m.WordTable.HeaderOf(wordId));
        }
    }

    [ForthWord("PFA", "( nfa -- pfa )")]
    public static void Pfa(Machine m)
    {
        int wordId = m.WordTable.WordAtNameField(m.Stack.Pop());
        if (CheckWord(m, wordId))
        {
            m.Stack.Push(m.WordTable.BodyOf(wordId));
        }
    }

    /// <summary>The name field of the word that an lfa, nfa or pfa belongs to.</summary>
    [ForthWord("NFA", "( lfa|nfa|pfa -- nfa )")]
    public static void Nfa(Machine m)
    {
        long address = m.Stack.Pop();
        int wordId = m.WordTable.WordAtHeader(address);
        if (wordId < 0)
        {
            wordId = m.WordTable.WordAtNameField(address);
        }
        if (wordId < 0)
        {
            wordId = m.WordTable.WordAtBody(address);
        }
        if (CheckWord(m, wordId))
        {
            m.Stack.Push(m.WordTable.NameFieldOf(wordId));
        }
    }

    /// <summary>Across a name field: n = 1 goes from the count byte to the name's last character, n = -1 back.</summary>
    [ForthWord("TRAVERSE", "( addr1 n -- addr2 )")]
    public static void Traverse(Machine m)
    {
        long direction = m.Stack.Pop();
        long address = m.Stack.Pop();
        int wordId = direction >= 0 ? m.WordTable.WordAtNameField(address) : m.WordTable.WordAtNameEnd(address);
        if (CheckWord(m, wordId))
        {
            long nameField = m.WordTable.NameFieldOf(wordId);
            m.Stack.Push(direction >= 0 ? nameField + m.WordTable.NameOf(wordId).Length : nameField);
        }
    }

    [ForthWord("INTERPRET", "( i*x -- j*x )")]
    public static void Interpret(Machine m) => m.OuterInterpreter.InterpretSource();

    /// <summary>The C dictionary's FIND (id 176): parses the next name itself and pushes its xt, or 0.</summary>
    [ForthWord("FIND", "( \"name\" -- xt | 0 )", Id = 176)]
    public static void FindParsing(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        int wordId = length == 0 ? -1 : m.Lookup.Find(m.Arena.Bytes(name, length));
        m.Stack.Push(wordId < 0 ? 0 : wordId);
    }

    /// <summary>ANS FIND: a counted string in, and the xt with 1 (immediate) or -1, or the string and 0.</summary>
    [ForthWord("FIND", "( c-addr -- c-addr 0 | xt 1 | xt -1 )")]
    public static void Find(Machine m)
    {
        long address = m.Stack.Peek();
        byte length = m.Arena.FetchByte(address);
        System.Span<byte> name = m.Arena.Bytes(address + 1, length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        int wordId = length == 0 ? -1 : m.Lookup.Find(name);
        if (wordId < 0)
        {
            m.Stack.Push(0);
            return;
        }
        m.Stack.Poke(0, wordId);
        m.Stack.Push((m.WordTable.FlagsOf(wordId) & WordFlags.Immediate) != 0 ? 1 : -1);
    }

    /// <summary>The C dictionary's ' (id 177): immediate and state-smart, compiling the xt as a literal inside a definition.</summary>
    [ForthWord("'", "( \"name\" -- xt )", Flags = WordFlags.Immediate, Id = 177)]
    public static void TickStateSmart(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId < 0)
        {
            return;
        }
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileLiteral(wordId);
        }
        else
        {
            m.Stack.Push(wordId);
        }
    }

    private static void PushWord(Machine m, int wordId)
    {
        if (CheckWord(m, wordId))
        {
            m.Stack.Push(wordId);
        }
    }

    private static bool CheckWord(Machine m, int wordId)
    {
        if (m.ThrowCode != 0)
        {
            return false;
        }
        if (wordId < 0)
        {
            m.Throw(ThrowCode.InvalidAddress);
            return false;
        }
        return true;
    }
}
