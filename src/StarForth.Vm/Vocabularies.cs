namespace StarForth;

/// <summary>
/// Vocabularies, FORTH-79 style: each vocabulary has a parent (the CURRENT vocabulary when it was made), and the search
/// order is CONTEXT, then its parents, ending with FORTH. CONTEXT and CURRENT are arena cells holding vocabulary indexes,
/// so `CONTEXT !` and a vocabulary word (compiled as `LIT index CONTEXT ! EXIT`) change the order directly.
/// </summary>
public sealed unsafe class Vocabularies
{
    /// <summary>How many vocabularies may exist; the header keeps the index in a byte.</summary>
    public const int MaxVocabularies = 64;

    private readonly Arena arena;
    private readonly ThrowState throws;

    private int* vocabularyParent;
    private int* vocabularyWord;
    private int vocabularyCount;

    internal Vocabularies(Arena arena, ThrowState throws)
    {
        this.arena = arena;
        this.throws = throws;
    }

    internal bool Allocate(HostServices host)
    {
        vocabularyParent = (int*)host.Allocate(host.Context, (nuint)(MaxVocabularies * sizeof(int)));
        vocabularyWord = (int*)host.Allocate(host.Context, (nuint)(MaxVocabularies * sizeof(int)));
        if (vocabularyParent == null || vocabularyWord == null)
        {
            return false;
        }
        vocabularyParent[StarForth.Vocabulary.Forth] = -1;
        vocabularyWord[StarForth.Vocabulary.Forth] = -1;
        vocabularyParent[StarForth.Vocabulary.StarForth] = StarForth.Vocabulary.Forth;
        vocabularyWord[StarForth.Vocabulary.StarForth] = -1;
        vocabularyCount = 2;
        return true;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(vocabularyParent);
        host.FreeBlock(vocabularyWord);
        vocabularyParent = null;
        vocabularyWord = null;
    }

    public int Count => vocabularyCount;

    /// <summary>The vocabulary searched first; an index that names no vocabulary counts as FORTH.</summary>
    public int Context
    {
        get => ValidVocabulary(arena.FetchCellUnchecked(ArenaLayout.ContextAddress));
        set => arena.StoreCellUnchecked(ArenaLayout.ContextAddress, value);
    }

    /// <summary>The vocabulary new definitions go into; an index that names no vocabulary counts as FORTH.</summary>
    public int Compilation
    {
        get => ValidVocabulary(arena.FetchCellUnchecked(ArenaLayout.CurrentAddress));
        set => arena.StoreCellUnchecked(ArenaLayout.CurrentAddress, value);
    }

    private int ValidVocabulary(long index) => index >= 0 && index < vocabularyCount ? (int)index : StarForth.Vocabulary.Forth;

    /// <summary>The next vocabulary in the search order after <paramref name="vocabulary"/>, or -1 after FORTH.</summary>
    public int Parent(int vocabulary) => vocabulary >= 0 && vocabulary < vocabularyCount ? vocabularyParent[vocabulary] : -1;

    /// <summary>True when <paramref name="vocabulary"/> is CONTEXT or one of its parents.</summary>
    public bool IsInSearchOrder(int vocabulary)
    {
        for (int v = Context; v >= 0; v = Parent(v))
        {
            if (v == vocabulary)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word that names a vocabulary made by VOCABULARY, or -1 for FORTH and STARFORTH.</summary>
    public int WordOf(int vocabulary) => vocabulary >= 0 && vocabulary < vocabularyCount ? vocabularyWord[vocabulary] : -1;

    /// <summary>
    /// Registers a new vocabulary named by <paramref name="wordId"/>, child of the CURRENT vocabulary; returns its
    /// index, or -1 after -8 when all <see cref="MaxVocabularies"/> exist.
    /// </summary>
    public int Add(int wordId)
    {
        if (vocabularyCount >= MaxVocabularies)
        {
            throws.Raise(ThrowCode.DictionaryOverflow);
            return -1;
        }
        int index = vocabularyCount++;
        vocabularyParent[index] = Compilation;
        vocabularyWord[index] = wordId;
        return index;
    }

    /// <summary>Vocabularies named by forgotten words go with them; CONTEXT and CURRENT fall back to FORTH.</summary>
    internal void Forget(int firstWordId)
    {
        while (vocabularyCount > 2 && vocabularyWord[vocabularyCount - 1] >= firstWordId)
        {
            vocabularyCount--;
        }
        if (arena.FetchCellUnchecked(ArenaLayout.ContextAddress) >= vocabularyCount)
        {
            Context = StarForth.Vocabulary.Forth;
        }
        if (arena.FetchCellUnchecked(ArenaLayout.CurrentAddress) >= vocabularyCount)
        {
            Compilation = StarForth.Vocabulary.Forth;
        }
    }
}
