namespace StarForth;

// Dictionary headers live in the arena, linked newest to oldest:
//   +0 link (u32, address of the previous header, 0 for none)   +4 word_id (u32)
//   +8 flags (u16)   +10 acl_default (u8)   +11 vocabulary (u8)   +12 name length (u8)   +13 name bytes
// and the body (data field or threaded code) starts at the next cell boundary. Per-word_id tables beside it
// say what executing the word does, so the inner interpreter never parses a header.
public sealed unsafe partial class Machine
{
    public const int MaxNameLength = 31;
    public const byte DefaultAcl = 1;

    private const int HeaderLinkOffset = 0;
    private const int HeaderWordIdOffset = 4;
    private const int HeaderFlagsOffset = 8;
    private const int HeaderAclDefaultOffset = 10;
    private const int HeaderVocabularyOffset = 11;
    private const int HeaderNameLengthOffset = 12;
    private const int HeaderNameOffset = 13;

    private int* headerAddress;
    private int* bodyAddress;
    private int* doesCode;
    private int* bodyEnd;
    private WordKind* wordKind;
    private int wordCount;
    private int nextWordId;
    private long latestHeader;
    private int bootstrapFence;
    private long bootstrapHere;

    /// <summary>Number of headers in the dictionary.</summary>
    public int WordCount => wordCount;

    /// <summary>The word_id the newest header got, or -1 for an empty dictionary.</summary>
    public int LatestWordId => nextWordId - 1;

    public long LatestHeaderAddress => latestHeader;

    /// <summary>
    /// Called by the generated table for each bootstrap entry, in word_id order. <paramref name="entryHash"/> is the
    /// entry's hash as the generator computed it; a header that hashes differently here fails the boot.
    /// </summary>
    public void DefineBootstrapWord(int wordId, System.ReadOnlySpan<byte> name, WordFlags flags, int vocabulary, bool implemented, ulong entryHash)
    {
        // Locked ids may have gaps (retired words) but never go backwards.
        if (wordId < nextWordId || wordId >= MaxWords)
        {
            Throw(StarForth.ThrowCode.InvalidName);
            return;
        }
        nextWordId = wordId;
        long header = AddHeader(name, flags, vocabulary);
        if (header == 0)
        {
            return;
        }
        wordKind[wordId] = implemented ? WordKind.Primitive : WordKind.Unimplemented;
        bootstrapHere = here;
        if (ComputeEntryHash(wordId) != entryHash)
        {
            Throw(StarForth.ThrowCode.BootstrapHashMismatch, name);
        }
    }

    /// <summary>
    /// Appends a header for the next word_id and makes it the latest. Returns its address, or 0 after a THROW
    /// (-16 empty name, -19 name longer than 31 bytes, -8 no room).
    /// </summary>
    private long AddHeader(System.ReadOnlySpan<byte> name, WordFlags flags, int vocabulary)
    {
        // Only :NONAME's hidden headers may have an empty name.
        if (name.Length == 0 && (flags & WordFlags.Hidden) == 0)
        {
            Throw(StarForth.ThrowCode.ZeroLengthName);
            return 0;
        }
        if (name.Length > MaxNameLength)
        {
            Throw(StarForth.ThrowCode.NameTooLong);
            return 0;
        }
        if (nextWordId >= MaxWords)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return 0;
        }
        AlignHere();
        long header = here;
        Allot(HeaderNameOffset + name.Length);
        AlignHere();
        if (ThrowCode != 0)
        {
            here = header;
            return 0;
        }
        int wordId = nextWordId++;
        byte* h = Arena.Start + header;
        *(uint*)(h + HeaderLinkOffset) = (uint)latestHeader;
        *(uint*)(h + HeaderWordIdOffset) = (uint)wordId;
        *(ushort*)(h + HeaderFlagsOffset) = (ushort)flags;
        h[HeaderAclDefaultOffset] = DefaultAcl;
        h[HeaderVocabularyOffset] = (byte)vocabulary;
        h[HeaderNameLengthOffset] = (byte)name.Length;
        for (int i = 0; i < name.Length; i++)
        {
            h[HeaderNameOffset + i] = name[i];
        }
        headerAddress[wordId] = (int)header;
        bodyAddress[wordId] = (int)here;
        bodyEnd[wordId] = (int)here;
        doesCode[wordId] = 0;
        latestHeader = header;
        wordCount++;
        dictionaryGeneration++;
        return header;
    }

    /// <summary>Creates a user word named by arena bytes; returns its word_id or -1 after a THROW.</summary>
    public int CreateWord(long nameAddress, long nameLength, WordKind kind, WordFlags flags = WordFlags.None)
    {
        if (nameLength > MaxNameLength)
        {
            Throw(StarForth.ThrowCode.NameTooLong);
            return -1;
        }
        System.Span<byte> name = Arena.Bytes(nameAddress, nameLength);
        if (ThrowCode != 0)
        {
            return -1;
        }
        // Copy the name first: it may lie in the very space the header is about to take.
        System.Span<byte> copy = stackalloc byte[MaxNameLength];
        for (int i = 0; i < name.Length; i++)
        {
            copy[i] = name[i];
        }
        if (ShadowsPinnedWord(copy.Slice(0, name.Length)) || AddHeader(copy.Slice(0, name.Length), flags, currentVocabulary) == 0)
        {
            return -1;
        }
        int wordId = nextWordId - 1;
        wordKind[wordId] = kind;
        return wordId;
    }

    private int currentVocabulary => CompilationVocabulary;

    public bool IsWord(long wordId) => wordId >= 0 && wordId < nextWordId && wordKind[wordId] != WordKind.None;

    public WordKind KindOf(int wordId) => IsWord(wordId) ? wordKind[wordId] : WordKind.None;

    public long BodyOf(int wordId) => bodyAddress[wordId];

    public long HeaderOf(int wordId) => headerAddress[wordId];

    public WordFlags FlagsOf(int wordId) => (WordFlags)(*(ushort*)(Arena.Start + headerAddress[wordId] + HeaderFlagsOffset));

    public void SetFlags(int wordId, WordFlags flags)
    {
        *(ushort*)(Arena.Start + headerAddress[wordId] + HeaderFlagsOffset) = (ushort)flags;
        dictionaryGeneration++;
    }

    public int VocabularyOf(int wordId) => Arena.Start[headerAddress[wordId] + HeaderVocabularyOffset];

    public byte AclDefaultOf(int wordId) => Arena.Start[headerAddress[wordId] + HeaderAclDefaultOffset];

    public System.ReadOnlySpan<byte> NameOf(int wordId)
    {
        byte* h = Arena.Start + headerAddress[wordId];
        return new System.ReadOnlySpan<byte>(h + HeaderNameOffset, h[HeaderNameLengthOffset]);
    }

    public long NameAddressOf(int wordId) => headerAddress[wordId] + HeaderNameOffset;

    public void SetKind(int wordId, WordKind kind) => wordKind[wordId] = kind;

    public void SetDoesCode(int wordId, long address) => doesCode[wordId] = (int)address;

    /// <summary>
    /// The newest visible word with this name (ASCII case-insensitive) in the first vocabulary of the search order
    /// that has one, or -1. The lookup strategy and the hot-words cache are in Machine.Lookup.cs.
    /// </summary>
    public int Find(System.ReadOnlySpan<byte> name) => LookUp(name);

    private static bool NameEquals(byte* stored, int storedLength, System.ReadOnlySpan<byte> name)
    {
        if (storedLength != name.Length)
        {
            return false;
        }
        for (int i = 0; i < storedLength; i++)
        {
            if (AsciiUpper(stored[i]) != AsciiUpper(name[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static byte AsciiUpper(byte c) => c >= (byte)'a' && c <= (byte)'z' ? (byte)(c - 32) : c;

    public DictionaryMark MarkDictionary() => new DictionaryMark(here, latestHeader, nextWordId, wordCount);

    /// <summary>
    /// Forgets every word created after <paramref name="mark"/> and gives back their space and word_ids, so the
    /// dictionary hashes exactly as it did then. Refused (-15) below the bootstrap dictionary.
    /// </summary>
    public void RestoreDictionary(DictionaryMark mark)
    {
        if (mark.WordCount < bootstrapFence || mark.NextWordId > nextWordId || mark.Here > here)
        {
            Throw(StarForth.ThrowCode.InvalidForget);
            return;
        }
        if (ForgetsPinnedWord(mark.NextWordId))
        {
            return;
        }
        ForgetRuntimeState(mark.NextWordId, nextWordId);
        for (int wordId = mark.NextWordId; wordId < nextWordId; wordId++)
        {
            wordKind[wordId] = WordKind.None;
            headerAddress[wordId] = 0;
            bodyAddress[wordId] = 0;
            bodyEnd[wordId] = 0;
            doesCode[wordId] = 0;
            heat[wordId] = 0;
        }
        nextWordId = mark.NextWordId;
        wordCount = mark.WordCount;
        latestHeader = mark.LatestHeader;
        here = mark.Here;
    }

    /// <summary>Removes the newest header (a definition abandoned by an error) and gives its space and id back.</summary>
    private void DiscardLatest(long restoreHere)
    {
        if (latestHeader == 0 || wordCount <= bootstrapFence)
        {
            return;
        }
        int wordId = (int)*(uint*)(Arena.Start + latestHeader + HeaderWordIdOffset);
        ForgetRuntimeState(wordId, wordId + 1);
        latestHeader = *(uint*)(Arena.Start + latestHeader + HeaderLinkOffset);
        wordKind[wordId] = WordKind.None;
        headerAddress[wordId] = 0;
        bodyAddress[wordId] = 0;
        bodyEnd[wordId] = 0;
        wordCount--;
        nextWordId = wordId;
        here = restoreHere;
    }
}
