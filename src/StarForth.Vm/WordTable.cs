namespace StarForth;

/// <summary>
/// What is known about each word_id: what executing it does (<see cref="WordKind"/>), where its header, body and DOES>
/// code lie, and the fields of its header. Host tables beside the arena, indexed by word_id, so the inner interpreter
/// never parses a header. The <see cref="Dictionary"/> fills and empties them; everything else reads them.
/// </summary>
public sealed unsafe class WordTable
{
    /// <summary>word_ids are indexes into tables of this capacity.</summary>
    public const int Capacity = 32768;

    private readonly Arena arena;

    internal int* HeaderAddresses;
    internal int* BodyAddresses;
    internal int* DoesCodes;
    internal int* BodyEnds;
    internal WordKind* Kinds;

    /// <summary>The word_id the next header gets.</summary>
    internal int NextWordId;

    /// <summary>Number of headers in the dictionary.</summary>
    internal int Count;

    /// <summary>The newest header: the start of the chain the links run down, 0 for an empty dictionary.</summary>
    internal long LatestHeader;

    /// <summary>Counts every change that can alter a lookup's answer: a new header, a flag change, a removal.</summary>
    internal ulong Generation;

    internal WordTable(Arena arena)
    {
        this.arena = arena;
    }

    internal bool Allocate(HostServices host)
    {
        HeaderAddresses = (int*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(int)));
        BodyAddresses = (int*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(int)));
        DoesCodes = (int*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(int)));
        BodyEnds = (int*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(int)));
        Kinds = (WordKind*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(WordKind)));
        return HeaderAddresses != null && BodyAddresses != null && DoesCodes != null && BodyEnds != null && Kinds != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(HeaderAddresses);
        host.FreeBlock(BodyAddresses);
        host.FreeBlock(DoesCodes);
        host.FreeBlock(BodyEnds);
        host.FreeBlock(Kinds);
        HeaderAddresses = null;
        BodyAddresses = null;
        DoesCodes = null;
        BodyEnds = null;
        Kinds = null;
    }

    /// <summary>Number of headers in the dictionary.</summary>
    public int WordCount => Count;

    /// <summary>The word_id the newest header got, or -1 for an empty dictionary.</summary>
    public int LatestWordId => NextWordId - 1;

    public long LatestHeaderAddress => LatestHeader;

    /// <summary>The newest header's word_id (LATEST), or -1 for none.</summary>
    public int LatestHeaderWordId => LatestHeader == 0 ? -1 : PreviousWord(NextWordId);

    public bool IsWord(long wordId) => wordId >= 0 && wordId < NextWordId && Kinds[wordId] != WordKind.None;

    public WordKind KindOf(int wordId) => IsWord(wordId) ? Kinds[wordId] : WordKind.None;

    public void SetKind(int wordId, WordKind kind) => Kinds[wordId] = kind;

    public long BodyOf(int wordId) => BodyAddresses[wordId];

    public long HeaderOf(int wordId) => HeaderAddresses[wordId];

    /// <summary>Where a DOES> word's run-time code starts (SEE), or 0.</summary>
    public long DoesCodeOf(int wordId) => DoesCodes[wordId];

    public void SetDoesCode(int wordId, long address) => DoesCodes[wordId] = (int)address;

    /// <summary>The end of a colon word's body (after its EXIT), for SEE.</summary>
    public long BodyEndOf(int wordId) => BodyEnds[wordId];

    public WordFlags FlagsOf(int wordId) => (WordFlags)(*(ushort*)(arena.Start + HeaderAddresses[wordId] + HeaderLayout.Flags));

    public void SetFlags(int wordId, WordFlags flags)
    {
        *(ushort*)(arena.Start + HeaderAddresses[wordId] + HeaderLayout.Flags) = (ushort)flags;
        Generation++;
    }

    public int VocabularyOf(int wordId) => arena.Start[HeaderAddresses[wordId] + HeaderLayout.Vocabulary];

    public byte AclDefaultOf(int wordId) => arena.Start[HeaderAddresses[wordId] + HeaderLayout.AclDefault];

    public System.ReadOnlySpan<byte> NameOf(int wordId)
    {
        byte* h = arena.Start + HeaderAddresses[wordId];
        return new System.ReadOnlySpan<byte>(h + HeaderLayout.Name, h[HeaderLayout.NameLength]);
    }

    public long NameAddressOf(int wordId) => HeaderAddresses[wordId] + HeaderLayout.Name;

    /// <summary>The name field: a counted string (length byte, then the name) inside the header.</summary>
    public long NameFieldOf(int wordId) => HeaderAddresses[wordId] + HeaderLayout.NameLength;

    /// <summary>The word whose header starts at <paramref name="header"/> (a link field address), or -1.</summary>
    public int WordAtHeader(long header)
    {
        if (header <= 0 || !arena.IsValidRange(header, HeaderLayout.Name))
        {
            return -1;
        }
        long wordId = *(uint*)(arena.Start + header + HeaderLayout.WordId);
        return IsWord(wordId) && HeaderAddresses[wordId] == header ? (int)wordId : -1;
    }

    /// <summary>The word whose name field (the count byte before the name) is at <paramref name="nameField"/>, or -1.</summary>
    public int WordAtNameField(long nameField) => WordAtHeader(nameField - HeaderLayout.NameLength);

    /// <summary>The newest word whose body (parameter field) starts at <paramref name="body"/>, or -1.</summary>
    public int WordAtBody(long body)
    {
        for (int wordId = NextWordId - 1; wordId >= 0; wordId--)
        {
            if (Kinds[wordId] != WordKind.None && BodyAddresses[wordId] == body)
            {
                return wordId;
            }
        }
        return -1;
    }

    /// <summary>The word whose name ends at <paramref name="lastCharacter"/> (TRAVERSE backwards), or -1.</summary>
    public int WordAtNameEnd(long lastCharacter)
    {
        for (int wordId = NextWordId - 1; wordId >= 0; wordId--)
        {
            if (Kinds[wordId] != WordKind.None && NameFieldOf(wordId) + NameOf(wordId).Length == lastCharacter)
            {
                return wordId;
            }
        }
        return -1;
    }

    /// <summary>
    /// The word before this one in the header chain, or -1 (WORDS walks it). The chain links headers newest to
    /// oldest, which is word_id order, so it is walked here by word_id: a program may store into its own headers,
    /// and a link or word_id it overwrote must not send the VM outside the arena or its tables.
    /// </summary>
    public int PreviousWord(int wordId)
    {
        for (int id = (wordId > NextWordId ? NextWordId : wordId) - 1; id >= 0; id--)
        {
            if (Kinds[id] != WordKind.None)
            {
                return id;
            }
        }
        return -1;
    }

    /// <summary>The header before this word's in the chain (what its link field held when it was made), or 0.</summary>
    public long PreviousHeader(int wordId)
    {
        int previous = PreviousWord(wordId);
        return previous < 0 ? 0 : HeaderAddresses[previous];
    }

    /// <summary>A removed word_id: it executes nothing and has no header or body.</summary>
    internal void Clear(int wordId)
    {
        Kinds[wordId] = WordKind.None;
        HeaderAddresses[wordId] = 0;
        BodyAddresses[wordId] = 0;
        BodyEnds[wordId] = 0;
        DoesCodes[wordId] = 0;
    }
}
