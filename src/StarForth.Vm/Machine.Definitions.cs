namespace StarForth;

// Dictionary operations beyond creating words: forgetting back to a word (FORGET, MARKER, COLD), nameless colon
// definitions (:NONAME), mapping between a word's fields (>NAME, NAME>, PFA ...), and running the outer
// interpreter from a primitive (INTERPRET).
public sealed unsafe partial class Machine
{
    /// <summary>The dictionary COLD returns to: the bootstrap dictionary until SAVE-SYSTEM moves it.</summary>
    private DictionaryMark coldMark;
    private bool coldMarkSet;

    /// <summary>Bytes of data space left between HERE and the stacked input lines (UNUSED).</summary>
    public long UnusedBytes => inputFloor - here;

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
        if (!IsWord(wordId))
        {
            Throw(StarForth.ThrowCode.InvalidName);
            return;
        }
        if (wordId < FirstUserWordId)
        {
            Throw(StarForth.ThrowCode.InvalidForget, NameOf(wordId));
            return;
        }
        int forgotten = 0;
        for (int id = wordId; id < nextWordId; id++)
        {
            if (wordKind[id] != WordKind.None)
            {
                forgotten++;
            }
        }
        long header = headerAddress[wordId];
        long link = *(uint*)(Arena.Start + header + HeaderLinkOffset);
        RestoreDictionary(new DictionaryMark(header, link, wordId, wordCount - forgotten));
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
        bool imageIntact = coldMarkSet && coldMark.NextWordId <= nextWordId && coldMark.Here <= here
            && (coldMark.LatestHeader == 0 || WordAtHeader(coldMark.LatestHeader) == coldMark.NextWordId - 1);
        if (imageIntact)
        {
            RestoreDictionary(coldMark);
        }
        else if (nextWordId > FirstUserWordId)
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
        long before = here;
        if (AddHeader(default, WordFlags.Smudged | WordFlags.Hidden, currentVocabulary) == 0)
        {
            return;
        }
        int wordId = nextWordId - 1;
        wordKind[wordId] = WordKind.Colon;
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

    /// <summary>The word whose header starts at <paramref name="header"/> (a link field address), or -1.</summary>
    public int WordAtHeader(long header)
    {
        if (header <= 0 || !Arena.IsValidRange(header, HeaderNameOffset))
        {
            return -1;
        }
        long wordId = *(uint*)(Arena.Start + header + HeaderWordIdOffset);
        return IsWord(wordId) && headerAddress[wordId] == header ? (int)wordId : -1;
    }

    /// <summary>The word whose name field (the count byte before the name) is at <paramref name="nameField"/>, or -1.</summary>
    public int WordAtNameField(long nameField) => WordAtHeader(nameField - HeaderNameLengthOffset);

    /// <summary>The newest word whose body (parameter field) starts at <paramref name="body"/>, or -1.</summary>
    public int WordAtBody(long body)
    {
        for (int wordId = nextWordId - 1; wordId >= 0; wordId--)
        {
            if (wordKind[wordId] != WordKind.None && bodyAddress[wordId] == body)
            {
                return wordId;
            }
        }
        return -1;
    }

    /// <summary>The word whose name ends at <paramref name="lastCharacter"/> (TRAVERSE backwards), or -1.</summary>
    public int WordAtNameEnd(long lastCharacter)
    {
        for (int wordId = nextWordId - 1; wordId >= 0; wordId--)
        {
            if (wordKind[wordId] != WordKind.None && NameFieldOf(wordId) + NameOf(wordId).Length == lastCharacter)
            {
                return wordId;
            }
        }
        return -1;
    }

    /// <summary>The name field: a counted string (length byte, then the name) inside the header.</summary>
    public long NameFieldOf(int wordId) => headerAddress[wordId] + HeaderNameLengthOffset;

    /// <summary>Where a DOES> word's run-time code starts (SEE), or 0.</summary>
    public long DoesCodeOf(int wordId) => doesCode[wordId];

    /// <summary>The end of a colon word's body (after its EXIT), for SEE.</summary>
    public long BodyEndOf(int wordId) => bodyEnd[wordId];

    /// <summary>The newest header's word_id following the link chain (LATEST), or -1 for none.</summary>
    public int LatestHeaderWordId => latestHeader == 0 ? -1 : (int)*(uint*)(Arena.Start + latestHeader + HeaderWordIdOffset);

    /// <summary>The word before this one in the header chain, or -1 (WORDS walks it).</summary>
    public int PreviousWord(int wordId)
    {
        long link = *(uint*)(Arena.Start + headerAddress[wordId] + HeaderLinkOffset);
        return link == 0 ? -1 : (int)*(uint*)(Arena.Start + link + HeaderWordIdOffset);
    }

    /// <summary>What follows this word's cell in threaded code (SEE).</summary>
    public WordOperand OperandOf(int wordId) => words.OperandOf(wordId);

    /// <summary>True when the word is in the search order and neither smudged nor hidden.</summary>
    public bool IsVisible(int wordId) =>
        (FlagsOf(wordId) & (WordFlags.Smudged | WordFlags.Hidden)) == 0 && IsInSearchOrder(VocabularyOf(wordId));

    /// <summary>The xt a DEFER word runs (the dispatch's next word), or -1 after -9 when it holds none.</summary>
    private int DeferredWord(int wordId)
    {
        long xt = Arena.FetchCell(bodyAddress[wordId]);
        if (!IsWord(xt))
        {
            Throw(StarForth.ThrowCode.InvalidAddress, NameOf(wordId));
            return -1;
        }
        return (int)xt;
    }

    /// <summary>MARKER name: a word that, when run, forgets itself and everything defined after it.</summary>
    public void CreateMarker(long nameAddress, long nameLength)
    {
        DictionaryMark mark = MarkDictionary();
        if (CreateWord(nameAddress, nameLength, WordKind.Marker) < 0)
        {
            return;
        }
        CommaCell(mark.Here);
        CommaCell(mark.LatestHeader);
        CommaCell(mark.NextWordId);
        CommaCell(mark.WordCount);
    }

    private void RestoreMarker(int wordId)
    {
        long body = bodyAddress[wordId];
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
