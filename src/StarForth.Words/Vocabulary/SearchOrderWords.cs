namespace StarForth.Words;

/// <summary>
/// The Forth-2012 SEARCH-ORDER word set over the Vocabularies part: a word-list id (wid) is a word list's index, FORTH
/// is 0 and STARFORTH 1. The order holds up to 16 word lists (-49 beyond, -50 below empty); a wid that names no word
/// list is -272.
/// </summary>
public static class SearchOrderWords
{
    [ForthWord("FORTH-WORDLIST", "( -- wid )")]
    public static long ForthWordList() => global::StarForth.Vocabulary.Forth;

    /// <summary>WORDLIST: a new, empty word list of its own (no parent); -8 when all 64 exist. MARKER and FORGET remove it.</summary>
    [ForthWord("WORDLIST", "( -- wid )")]
    public static void WordList(Machine m)
    {
        int wid = m.Vocabularies.AddWordList(m.WordTable.LatestWordId + 1);
        if (wid >= 0)
        {
            m.Stack.Push(wid);
        }
    }

    /// <summary>GET-ORDER: the order's word lists, the one searched first on top, then their number.</summary>
    [ForthWord("GET-ORDER", "( -- widn ... wid1 n )")]
    public static void GetOrder(Machine m)
    {
        int depth = m.Vocabularies.OrderDepth;
        for (int position = depth - 1; position >= 0 && m.ThrowCode == 0; position--)
        {
            m.Stack.Push(m.Vocabularies.OrderAt(position));
        }
        m.Stack.Push(depth);
    }

    /// <summary>SET-ORDER: wid1 (on top) is searched first; 0 empties the order, -1 sets the minimum order (FORTH).</summary>
    [ForthWord("SET-ORDER", "( widn ... wid1 n -- )")]
    public static void SetOrder(Machine m)
    {
        long n = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (n == -1)
        {
            m.Vocabularies.SetMinimumOrder();
            return;
        }
        if (n < -1 || n > Vocabularies.MaxOrder)
        {
            m.Stack.Push(n);
            m.Throw(n < 0 ? ThrowCode.InvalidNumericArgument : ThrowCode.SearchOrderOverflow);
            return;
        }
        if (m.Stack.Depth < n)
        {
            m.Stack.Push(n);
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        System.Span<long> lists = stackalloc long[Vocabularies.MaxOrder];
        for (int i = 0; i < n; i++)
        {
            lists[i] = m.Stack.Peek(i);
        }
        if (m.Vocabularies.SetOrder(lists.Slice(0, (int)n)))
        {
            m.Stack.Depth -= (int)n;
        }
        else
        {
            m.Stack.Push(n);
        }
    }

    [ForthWord("GET-CURRENT", "( -- wid )")]
    public static void GetCurrent(Machine m) => m.Stack.Push(m.Vocabularies.Compilation);

    [ForthWord("SET-CURRENT", "( wid -- )")]
    public static void SetCurrent(Machine m)
    {
        long wid = m.Stack.Peek();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (!m.Vocabularies.IsWordList(wid))
        {
            m.Throw(ThrowCode.InvalidWordList);
            return;
        }
        m.Stack.Pop();
        m.Vocabularies.Compilation = (int)wid;
    }

    /// <summary>SEARCH-WORDLIST: the newest visible word of that name in exactly that word list (a vocabulary's parents are not searched).</summary>
    [ForthWord("SEARCH-WORDLIST", "( c-addr u wid -- 0 | xt 1 | xt -1 )")]
    public static void SearchWordList(Machine m)
    {
        if (m.Stack.Depth < 3)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long wid = m.Stack.Peek(0);
        long length = m.Stack.Peek(1);
        long address = m.Stack.Peek(2);
        if (!m.Vocabularies.IsWordList(wid))
        {
            m.Throw(ThrowCode.InvalidWordList);
            return;
        }
        if (length < 0)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        int wordId = -1;
        if (length <= Dictionary.MaxNameLength)
        {
            System.Span<byte> name = m.Arena.Bytes(address, length);
            if (m.ThrowCode != 0)
            {
                return;
            }
            wordId = m.Lookup.FindIn(name, (int)wid);
        }
        m.Stack.Depth -= 3;
        if (wordId < 0)
        {
            m.Stack.Push(0);
            return;
        }
        m.Stack.Push(wordId);
        m.Stack.Push((m.WordTable.FlagsOf(wordId) & WordFlags.Immediate) != 0 ? 1 : -1);
    }

    /// <summary>ALSO: duplicates the first word list of the order; -49 when it already holds 16.</summary>
    [ForthWord("ALSO", "( -- )")]
    public static void Also(Machine m) => m.Vocabularies.Also();

    /// <summary>ONLY: the minimum search order, FORTH alone (the same as -1 SET-ORDER).</summary>
    [ForthWord("ONLY", "( -- )")]
    public static void Only(Machine m) => m.Vocabularies.SetMinimumOrder();

    /// <summary>PREVIOUS: removes the first word list of the order; -50 when it is empty.</summary>
    [ForthWord("PREVIOUS", "( -- )")]
    public static void Previous(Machine m) => m.Vocabularies.Previous();
}
