namespace StarForth;

// Vocabularies, FORTH-79 style: each vocabulary has a parent (the CURRENT vocabulary when it was made), and the search
// order is CONTEXT, then its parents, ending with FORTH. CONTEXT and CURRENT are arena cells holding vocabulary indexes,
// so `CONTEXT !` and a vocabulary word (compiled as `LIT index CONTEXT ! EXIT`) change the order directly.
public sealed unsafe partial class Machine
{
    /// <summary>How many vocabularies may exist; the header keeps the index in a byte.</summary>
    public const int MaxVocabularies = 64;

    private int* vocabularyParent;
    private int* vocabularyWord;
    private int vocabularyCount;

    public int VocabularyCount => vocabularyCount;

    private void InitializeVocabularies()
    {
        vocabularyParent[StarForth.Vocabulary.Forth] = -1;
        vocabularyWord[StarForth.Vocabulary.Forth] = -1;
        vocabularyParent[StarForth.Vocabulary.StarForth] = StarForth.Vocabulary.Forth;
        vocabularyWord[StarForth.Vocabulary.StarForth] = -1;
        vocabularyCount = 2;
    }

    /// <summary>The vocabulary searched first; an index that names no vocabulary counts as FORTH.</summary>
    public int ContextVocabulary
    {
        get => ValidVocabulary(Arena.FetchCellUnchecked(ArenaLayout.ContextAddress));
        set => Arena.StoreCellUnchecked(ArenaLayout.ContextAddress, value);
    }

    /// <summary>The vocabulary new definitions go into; an index that names no vocabulary counts as FORTH.</summary>
    public int CompilationVocabulary
    {
        get => ValidVocabulary(Arena.FetchCellUnchecked(ArenaLayout.CurrentAddress));
        set => Arena.StoreCellUnchecked(ArenaLayout.CurrentAddress, value);
    }

    private int ValidVocabulary(long index) => index >= 0 && index < vocabularyCount ? (int)index : StarForth.Vocabulary.Forth;

    /// <summary>The next vocabulary in the search order after <paramref name="vocabulary"/>, or -1 after FORTH.</summary>
    public int ParentVocabulary(int vocabulary) => vocabulary >= 0 && vocabulary < vocabularyCount ? vocabularyParent[vocabulary] : -1;

    /// <summary>True when <paramref name="vocabulary"/> is CONTEXT or one of its parents.</summary>
    public bool IsInSearchOrder(int vocabulary)
    {
        for (int v = ContextVocabulary; v >= 0; v = ParentVocabulary(v))
        {
            if (v == vocabulary)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word that names a vocabulary made by VOCABULARY, or -1 for FORTH and STARFORTH.</summary>
    public int VocabularyWord(int vocabulary) => vocabulary >= 0 && vocabulary < vocabularyCount ? vocabularyWord[vocabulary] : -1;

    /// <summary>
    /// Registers a new vocabulary named by <paramref name="wordId"/>, child of the CURRENT vocabulary; returns its
    /// index, or -1 after -8 when all <see cref="MaxVocabularies"/> exist.
    /// </summary>
    public int AddVocabulary(int wordId)
    {
        if (vocabularyCount >= MaxVocabularies)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return -1;
        }
        int index = vocabularyCount++;
        vocabularyParent[index] = CompilationVocabulary;
        vocabularyWord[index] = wordId;
        return index;
    }

    /// <summary>Closes a body compiled directly (not between : and ;), so it is hashed and shown like any colon word.</summary>
    public void FinishBody(int wordId)
    {
        WordTable.BodyEnds[wordId] = (int)here;
        WordTable.SetFlags(wordId, WordTable.FlagsOf(wordId) | WordFlags.Colon);
    }

    /// <summary>Vocabularies named by forgotten words go with them; CONTEXT and CURRENT fall back to FORTH.</summary>
    private void ForgetVocabularies(int firstWordId)
    {
        while (vocabularyCount > 2 && vocabularyWord[vocabularyCount - 1] >= firstWordId)
        {
            vocabularyCount--;
        }
        if (Arena.FetchCellUnchecked(ArenaLayout.ContextAddress) >= vocabularyCount)
        {
            ContextVocabulary = StarForth.Vocabulary.Forth;
        }
        if (Arena.FetchCellUnchecked(ArenaLayout.CurrentAddress) >= vocabularyCount)
        {
            CompilationVocabulary = StarForth.Vocabulary.Forth;
        }
    }
}
