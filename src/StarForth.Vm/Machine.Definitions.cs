namespace StarForth;

// Dictionary operations beyond creating words: forgetting back to a word (FORGET, MARKER, COLD), nameless colon
// definitions (:NONAME), mapping between a word's fields (>NAME, NAME>, PFA ...), and running the outer
// interpreter from a primitive (INTERPRET).
public sealed unsafe partial class Machine
{
    /// <summary>The dictionary COLD returns to: the bootstrap dictionary until SAVE-SYSTEM moves it.</summary>
    private DictionaryMark coldMark;
    private bool coldMarkSet;

    /// <summary>The word_id the first header after the bootstrap dictionary gets; FORGET and COLD stop there.</summary>
    public int FirstUserWordId => words.BootstrapLatestWordId + 1;

    /// <summary>INTERPRET: runs the outer interpreter over the rest of the current source.</summary>
    public void InterpretSource() => Interpret();

    /// <summary>
    /// Forgets <paramref name="wordId"/> and every newer word, giving back their space and word_ids (FORGET).
    /// -15 for a bootstrap word, -32 for an id that is not a word.
    /// </summary>
    public void ForgetFrom(int wordId)
    {
        if (!WordTable.IsWord(wordId))
        {
            Throw(StarForth.ThrowCode.InvalidName);
            return;
        }
        if (wordId < FirstUserWordId)
        {
            Throw(StarForth.ThrowCode.InvalidForget, WordTable.NameOf(wordId));
            return;
        }
        int forgotten = 0;
        for (int id = wordId; id < WordTable.NextWordId; id++)
        {
            if (WordTable.Kinds[id] != WordKind.None)
            {
                forgotten++;
            }
        }
        long header = WordTable.HeaderAddresses[wordId];
        long link = *(uint*)(Arena.Start + header + HeaderLayout.Link);
        RestoreDictionary(new DictionaryMark(header, link, wordId, WordTable.Count - forgotten));
    }

    /// <summary>SAVE-SYSTEM: the dictionary as it is now becomes the one COLD returns to.</summary>
    public void SaveColdImage()
    {
        coldMark = MarkDictionary();
        coldMarkSet = true;
    }

    /// <summary>COLD: forgets every word defined since bootstrap (or since SAVE-SYSTEM) and resets BASE and STATE.</summary>
    public void ColdStart()
    {
        if (definitionWordId >= 0)
        {
            AbandonDefinition();
        }
        // A SAVE-SYSTEM image that FORGET or a MARKER has since cut into is no longer there to go back to.
        bool imageIntact = coldMarkSet && coldMark.NextWordId <= WordTable.NextWordId && coldMark.Here <= DataSpace.Here
            && (coldMark.LatestHeader == 0 || WordTable.WordAtHeader(coldMark.LatestHeader) == coldMark.NextWordId - 1);
        if (imageIntact)
        {
            RestoreDictionary(coldMark);
        }
        else if (WordTable.NextWordId > FirstUserWordId)
        {
            coldMarkSet = false;
            ForgetFrom(FirstUserWordId);
        }
        Arena.Base = 10;
        Compiling = false;
    }

    /// <summary>
    /// :NONAME — starts a colon definition whose header has an empty, hidden name and pushes its xt; ; ends it
    /// as usual. The header exists so the word has a word_id, a body and a place in the canonical hash.
    /// </summary>
    public void BeginNonameDefinition()
    {
        if (definitionWordId >= 0)
        {
            Throw(StarForth.ThrowCode.CompilerNesting);
            return;
        }
        long before = DataSpace.Here;
        if (AddHeader(default, WordFlags.Smudged | WordFlags.Hidden, currentVocabulary) == 0)
        {
            return;
        }
        int wordId = WordTable.NextWordId - 1;
        WordTable.Kinds[wordId] = WordKind.Colon;
        Stack.Push(wordId);
        if (ThrowCode != 0)
        {
            DiscardLatest(before);
            return;
        }
        definitionWordId = wordId;
        hereBeforeDefinition = before;
        dataDepthAtColon = Stack.Depth;
        Compiling = true;
    }

    /// <summary>What follows this word's cell in threaded code (SEE).</summary>
    public WordOperand OperandOf(int wordId) => words.OperandOf(wordId);

    /// <summary>True when the word is in the search order and neither smudged nor hidden.</summary>
    public bool IsVisible(int wordId) =>
        (WordTable.FlagsOf(wordId) & (WordFlags.Smudged | WordFlags.Hidden)) == 0 && Vocabularies.IsInSearchOrder(WordTable.VocabularyOf(wordId));

    /// <summary>MARKER name: a word that, when run, forgets itself and everything defined after it.</summary>
    public void CreateMarker(long nameAddress, long nameLength)
    {
        DictionaryMark mark = MarkDictionary();
        if (CreateWord(nameAddress, nameLength, WordKind.Marker) < 0)
        {
            return;
        }
        DataSpace.CommaCell(mark.Here);
        DataSpace.CommaCell(mark.LatestHeader);
        DataSpace.CommaCell(mark.NextWordId);
        DataSpace.CommaCell(mark.WordCount);
    }

    /// <summary>Running a MARKER word: forgets it and everything after it.</summary>
    internal void RestoreMarker(int wordId)
    {
        long body = WordTable.BodyAddresses[wordId];
        var mark = new DictionaryMark(
            Arena.FetchCell(body),
            Arena.FetchCell(body + ArenaLayout.CellSize),
            (int)Arena.FetchCell(body + 2 * ArenaLayout.CellSize),
            (int)Arena.FetchCell(body + 3 * ArenaLayout.CellSize));
        if (ThrowCode == 0)
        {
            RestoreDictionary(mark);
        }
    }
}
