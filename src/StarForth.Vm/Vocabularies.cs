namespace StarForth;

/// <summary>
/// Word lists and the search order (Forth-2012 SEARCH-ORDER). A word list is an index kept in each header's vocabulary
/// byte; its word-list id (wid) is that index: FORTH is 0, STARFORTH 1, and VOCABULARY and WORDLIST make the others.
/// The search order holds up to <see cref="MaxOrder"/> word lists, first searched first. Its first entry lives in the
/// CONTEXT arena cell, so `CONTEXT !` and a vocabulary word (compiled as `LIT wid CONTEXT ! EXIT`) replace the first
/// word list of the order, as the standard's vocabulary words do; CURRENT is the arena cell of the compilation word list.
/// A vocabulary made by VOCABULARY (and STARFORTH) keeps the FORTH-79 parent it was made in: searching it goes on into
/// its parent, so `STARFORTH ENTROPY@ FORTH` still finds FORTH. A WORDLIST has no parent: exactly its own words.
/// </summary>
public sealed unsafe class Vocabularies
{
    /// <summary>How many word lists may exist; the header keeps the index in a byte and searches mark them in a 64-bit set.</summary>
    public const int MaxVocabularies = 64;

    /// <summary>How many word lists the search order holds (ENVIRONMENT? WORDLISTS).</summary>
    public const int MaxOrder = 16;

    /// <summary>The CONTEXT cell of an empty search order (0 SET-ORDER); a word list stored there makes the order one deep.</summary>
    public const long EmptyOrder = -1;

    /// <summary>The cells <see cref="SaveOrder"/> writes: CURRENT, the depth, then the order's entries.</summary>
    public const int SavedOrderCells = MaxOrder + 2;

    private readonly Arena arena;
    private readonly ThrowState throws;

    private int* vocabularyParent;
    private int* vocabularyWord;
    // When a word list was made, on a scale that orders it among words: 2 * word_id for a vocabulary's own word, and
    // 2 * (next word_id) - 1 for a WORDLIST, which comes after every word then defined and before the next one.
    private int* vocabularyBorn;
    private int vocabularyCount;

    // order[0] is the CONTEXT cell; the entries after it are here.
    private int* order;
    private int orderDepth;

    internal Vocabularies(Arena arena, ThrowState throws)
    {
        this.arena = arena;
        this.throws = throws;
    }

    internal bool Allocate(HostServices host)
    {
        vocabularyParent = (int*)host.Allocate(host.Context, (nuint)(MaxVocabularies * sizeof(int)));
        vocabularyWord = (int*)host.Allocate(host.Context, (nuint)(MaxVocabularies * sizeof(int)));
        vocabularyBorn = (int*)host.Allocate(host.Context, (nuint)(MaxVocabularies * sizeof(int)));
        order = (int*)host.Allocate(host.Context, (nuint)(MaxOrder * sizeof(int)));
        if (vocabularyParent == null || vocabularyWord == null || vocabularyBorn == null || order == null)
        {
            return false;
        }
        vocabularyParent[StarForth.Vocabulary.Forth] = -1;
        vocabularyWord[StarForth.Vocabulary.Forth] = -1;
        vocabularyBorn[StarForth.Vocabulary.Forth] = -1;
        vocabularyParent[StarForth.Vocabulary.StarForth] = StarForth.Vocabulary.Forth;
        vocabularyWord[StarForth.Vocabulary.StarForth] = -1;
        vocabularyBorn[StarForth.Vocabulary.StarForth] = -1;
        vocabularyCount = 2;
        orderDepth = 1;
        return true;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(vocabularyParent);
        host.FreeBlock(vocabularyWord);
        host.FreeBlock(vocabularyBorn);
        host.FreeBlock(order);
        vocabularyParent = null;
        vocabularyWord = null;
        vocabularyBorn = null;
        order = null;
    }

    public int Count => vocabularyCount;

    /// <summary>Changes whenever the search order beyond its first entry changes (the lookup cache keys on it).</summary>
    public int OrderStamp { get; private set; }

    /// <summary>
    /// The word list searched first, or -1 when the search order is empty; an index that names no word list counts as
    /// FORTH. Setting it replaces the first word list of the order (an empty order becomes one deep).
    /// </summary>
    public int Context
    {
        get => OrderDepth == 0 ? -1 : ValidVocabulary(arena.FetchCellUnchecked(ArenaLayout.ContextAddress));
        set
        {
            arena.StoreCellUnchecked(ArenaLayout.ContextAddress, value);
            _ = OrderDepth;
        }
    }

    /// <summary>The word list new definitions go into; an index that names no word list counts as FORTH.</summary>
    public int Compilation
    {
        get => ValidVocabulary(arena.FetchCellUnchecked(ArenaLayout.CurrentAddress));
        set => arena.StoreCellUnchecked(ArenaLayout.CurrentAddress, value);
    }

    /// <summary>How many word lists the search order holds (0 to <see cref="MaxOrder"/>).</summary>
    public int OrderDepth
    {
        get
        {
            // A word list stored into CONTEXT while the order was empty (a vocabulary word) makes it one deep.
            if (orderDepth == 0 && arena.FetchCellUnchecked(ArenaLayout.ContextAddress) != EmptyOrder)
            {
                orderDepth = 1;
                OrderStamp++;
            }
            return orderDepth;
        }
    }

    /// <summary>The word list at <paramref name="position"/> in the search order (0 is searched first), or -1.</summary>
    public int OrderAt(int position)
    {
        if (position < 0 || position >= OrderDepth)
        {
            return -1;
        }
        return position == 0 ? ValidVocabulary(arena.FetchCellUnchecked(ArenaLayout.ContextAddress)) : order[position];
    }

    private int ValidVocabulary(long index) => IsWordList(index) ? (int)index : StarForth.Vocabulary.Forth;

    /// <summary>True when <paramref name="wid"/> names a word list that exists.</summary>
    public bool IsWordList(long wid) => wid >= 0 && wid < vocabularyCount;

    /// <summary>The word list a vocabulary's search goes on into (its FORTH-79 parent), or -1 (FORTH, WORDLIST lists).</summary>
    public int Parent(int vocabulary) => IsWordList(vocabulary) ? vocabularyParent[vocabulary] : -1;

    /// <summary>True when a search of the order looks into <paramref name="vocabulary"/>.</summary>
    public bool IsInSearchOrder(int vocabulary)
    {
        int depth = OrderDepth;
        for (int position = 0; position < depth; position++)
        {
            for (int v = OrderAt(position); v >= 0; v = Parent(v))
            {
                if (v == vocabulary)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The word that names a vocabulary made by VOCABULARY, or -1 (FORTH, STARFORTH, a WORDLIST).</summary>
    public int WordOf(int vocabulary) => IsWordList(vocabulary) ? vocabularyWord[vocabulary] : -1;

    /// <summary>
    /// Registers a new vocabulary named by <paramref name="wordId"/>, whose search goes on into the CURRENT word list;
    /// returns its index, or -1 after -8 when all <see cref="MaxVocabularies"/> exist.
    /// </summary>
    public int Add(int wordId) => Add(wordId, Compilation, 2 * wordId);

    /// <summary>WORDLIST: a new, empty word list without a parent; its wid, or -1 after -8.</summary>
    public int AddWordList(int nextWordId) => Add(-1, -1, 2 * nextWordId - 1);

    private int Add(int wordId, int parent, int born)
    {
        if (vocabularyCount >= MaxVocabularies)
        {
            throws.Raise(ThrowCode.DictionaryOverflow);
            return -1;
        }
        int index = vocabularyCount++;
        vocabularyParent[index] = parent;
        vocabularyWord[index] = wordId;
        vocabularyBorn[index] = born;
        return index;
    }

    /// <summary>ONLY, -1 SET-ORDER: the minimum search order, FORTH alone.</summary>
    public void SetMinimumOrder()
    {
        arena.StoreCellUnchecked(ArenaLayout.ContextAddress, StarForth.Vocabulary.Forth);
        orderDepth = 1;
        OrderStamp++;
    }

    /// <summary>After an uncaught error: an empty search order becomes the minimum one, so the user can type again.</summary>
    internal void RecoverEmptyOrder()
    {
        if (OrderDepth == 0)
        {
            SetMinimumOrder();
        }
    }

    /// <summary>
    /// SET-ORDER: <paramref name="lists"/>[0] is searched first. False after -49 (more than <see cref="MaxOrder"/>) or
    /// -272 (an entry that is no word list), leaving the order as it was.
    /// </summary>
    public bool SetOrder(System.ReadOnlySpan<long> lists)
    {
        if (lists.Length > MaxOrder)
        {
            throws.Raise(ThrowCode.SearchOrderOverflow);
            return false;
        }
        for (int i = 0; i < lists.Length; i++)
        {
            if (!IsWordList(lists[i]))
            {
                throws.Raise(ThrowCode.InvalidWordList);
                return false;
            }
        }
        for (int i = 1; i < lists.Length; i++)
        {
            order[i] = (int)lists[i];
        }
        arena.StoreCellUnchecked(ArenaLayout.ContextAddress, lists.Length == 0 ? EmptyOrder : lists[0]);
        orderDepth = lists.Length;
        OrderStamp++;
        return true;
    }

    /// <summary>ALSO: the first word list is searched twice over, so the next vocabulary word can replace one copy.</summary>
    public bool Also()
    {
        int depth = OrderDepth;
        if (depth >= MaxOrder)
        {
            throws.Raise(ThrowCode.SearchOrderOverflow);
            return false;
        }
        if (depth == 0)
        {
            throws.Raise(ThrowCode.SearchOrderUnderflow);
            return false;
        }
        for (int position = depth; position > 1; position--)
        {
            order[position] = order[position - 1];
        }
        order[1] = OrderAt(0);
        orderDepth = depth + 1;
        OrderStamp++;
        return true;
    }

    /// <summary>PREVIOUS: drops the first word list of the order; -50 when the order is empty.</summary>
    public bool Previous()
    {
        int depth = OrderDepth;
        if (depth == 0)
        {
            throws.Raise(ThrowCode.SearchOrderUnderflow);
            return false;
        }
        arena.StoreCellUnchecked(ArenaLayout.ContextAddress, depth > 1 ? order[1] : EmptyOrder);
        for (int position = 1; position < depth - 1; position++)
        {
            order[position] = order[position + 1];
        }
        orderDepth = depth - 1;
        OrderStamp++;
        return true;
    }

    /// <summary>Writes CURRENT, the order's depth and its entries into <paramref name="saved"/> (MARKER, the POST).</summary>
    public void SaveOrder(System.Span<long> saved)
    {
        int depth = OrderDepth;
        saved[0] = Compilation;
        saved[1] = depth;
        for (int position = 0; position < MaxOrder; position++)
        {
            saved[2 + position] = position < depth ? OrderAt(position) : 0;
        }
    }

    /// <summary>Puts back what <see cref="SaveOrder"/> wrote; word lists that no longer exist are left out.</summary>
    public void RestoreOrder(System.ReadOnlySpan<long> saved)
    {
        Compilation = (int)saved[0];
        long depth = saved[1] < 0 || saved[1] > MaxOrder ? 1 : saved[1];
        orderDepth = 0;
        for (int position = 0; position < depth; position++)
        {
            if (IsWordList(saved[2 + position]))
            {
                order[orderDepth++] = (int)saved[2 + position];
            }
        }
        arena.StoreCellUnchecked(ArenaLayout.ContextAddress, orderDepth == 0 ? EmptyOrder : order[0]);
        if (orderDepth == 0 && depth > 0)
        {
            SetMinimumOrder();
        }
        Forget(-1);
    }

    /// <summary>
    /// Word lists made after the words from <paramref name="firstWordId"/> on go with them: all but the first
    /// <paramref name="keepCount"/> when that is given (a dictionary mark), else by when they were made (FORGET). The
    /// order loses the lists that went (the minimum order if none is left); CURRENT falls back to FORTH.
    /// </summary>
    internal void Forget(int firstWordId, int keepCount = -1)
    {
        if (keepCount >= 2)
        {
            while (vocabularyCount > keepCount)
            {
                vocabularyCount--;
            }
        }
        else if (firstWordId >= 0)
        {
            while (vocabularyCount > 2 && vocabularyBorn[vocabularyCount - 1] >= 2 * firstWordId)
            {
                vocabularyCount--;
            }
        }
        int depth = OrderDepth;
        int kept = 0;
        for (int position = 0; position < depth; position++)
        {
            long list = position == 0 ? arena.FetchCellUnchecked(ArenaLayout.ContextAddress) : order[position];
            // An index that never named a list (99 CONTEXT !) means FORTH, as before; one that named a forgotten list goes.
            if (position == 0 && (list < 0 || list >= MaxVocabularies))
            {
                list = StarForth.Vocabulary.Forth;
            }
            if (IsWordList(list))
            {
                order[kept++] = (int)list;
            }
        }
        if (kept != depth)
        {
            if (kept == 0)
            {
                SetMinimumOrder();
            }
            else
            {
                arena.StoreCellUnchecked(ArenaLayout.ContextAddress, order[0]);
                orderDepth = kept;
                OrderStamp++;
            }
        }
        if (!IsWordList(arena.FetchCellUnchecked(ArenaLayout.CurrentAddress)))
        {
            Compilation = StarForth.Vocabulary.Forth;
        }
    }
}
