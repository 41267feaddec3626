namespace StarForth;

// Dictionary headers live in the arena (HeaderLayout), linked newest to oldest; the WordTable beside it says what
// executing each word_id does.
public sealed unsafe partial class Machine
{
    public const int MaxNameLength = 31;
    public const byte DefaultAcl = 1;

    private int bootstrapFence;

    /// <summary>
    /// Called by the generated table for each bootstrap entry, in word_id order. <paramref name="entryHash"/> is the
    /// entry's hash as the generator computed it; a header that hashes differently here fails the boot.
    /// </summary>
    public void DefineBootstrapWord(int wordId, System.ReadOnlySpan<byte> name, WordFlags flags, int vocabulary, bool implemented, ulong entryHash)
    {
        // Locked ids may have gaps (retired words) but never go backwards.
        if (wordId < WordTable.NextWordId || wordId >= MaxWords)
        {
            Throw(StarForth.ThrowCode.InvalidName);
            return;
        }
        WordTable.NextWordId = wordId;
        long header = AddHeader(name, flags, vocabulary);
        if (header == 0)
        {
            return;
        }
        WordTable.Kinds[wordId] = implemented ? WordKind.Primitive : WordKind.Unimplemented;
        DataSpace.SetFence();
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
        if (WordTable.NextWordId >= MaxWords)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return 0;
        }
        DataSpace.AlignHere();
        long header = DataSpace.Here;
        DataSpace.Allot(HeaderLayout.Name + name.Length);
        DataSpace.AlignHere();
        if (ThrowCode != 0)
        {
            DataSpace.MoveHere(header);
            return 0;
        }
        int wordId = WordTable.NextWordId++;
        byte* h = Arena.Start + header;
        *(uint*)(h + HeaderLayout.Link) = (uint)WordTable.LatestHeader;
        *(uint*)(h + HeaderLayout.WordId) = (uint)wordId;
        *(ushort*)(h + HeaderLayout.Flags) = (ushort)flags;
        h[HeaderLayout.AclDefault] = DefaultAcl;
        h[HeaderLayout.Vocabulary] = (byte)vocabulary;
        h[HeaderLayout.NameLength] = (byte)name.Length;
        for (int i = 0; i < name.Length; i++)
        {
            h[HeaderLayout.Name + i] = name[i];
        }
        WordTable.HeaderAddresses[wordId] = (int)header;
        WordTable.BodyAddresses[wordId] = (int)DataSpace.Here;
        WordTable.BodyEnds[wordId] = (int)DataSpace.Here;
        WordTable.DoesCodes[wordId] = 0;
        WordTable.LatestHeader = header;
        WordTable.Count++;
        WordTable.Generation++;
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
        int wordId = WordTable.NextWordId - 1;
        WordTable.Kinds[wordId] = kind;
        return wordId;
    }

    private int currentVocabulary => Vocabularies.Compilation;

    public DictionaryMark MarkDictionary() => new DictionaryMark(DataSpace.Here, WordTable.LatestHeader, WordTable.NextWordId, WordTable.Count);

    /// <summary>
    /// Forgets every word created after <paramref name="mark"/> and gives back their space and word_ids, so the
    /// dictionary hashes exactly as it did then. Refused (-15) below the bootstrap dictionary.
    /// </summary>
    public void RestoreDictionary(DictionaryMark mark)
    {
        if (mark.WordCount < bootstrapFence || mark.NextWordId > WordTable.NextWordId || mark.Here > DataSpace.Here)
        {
            Throw(StarForth.ThrowCode.InvalidForget);
            return;
        }
        if (ForgetsPinnedWord(mark.NextWordId))
        {
            return;
        }
        ForgetRuntimeState(mark.NextWordId, WordTable.NextWordId);
        for (int wordId = mark.NextWordId; wordId < WordTable.NextWordId; wordId++)
        {
            WordTable.Clear(wordId);
            Profile.ClearHeat(wordId);
        }
        WordTable.NextWordId = mark.NextWordId;
        WordTable.Count = mark.WordCount;
        WordTable.LatestHeader = mark.LatestHeader;
        DataSpace.MoveHere(mark.Here);
    }

    /// <summary>Removes the newest header (a definition abandoned by an error) and gives its space and id back.</summary>
    private void DiscardLatest(long restoreHere)
    {
        if (WordTable.LatestHeader == 0 || WordTable.Count <= bootstrapFence)
        {
            return;
        }
        int wordId = (int)*(uint*)(Arena.Start + WordTable.LatestHeader + HeaderLayout.WordId);
        ForgetRuntimeState(wordId, wordId + 1);
        WordTable.LatestHeader = *(uint*)(Arena.Start + WordTable.LatestHeader + HeaderLayout.Link);
        WordTable.Clear(wordId);
        WordTable.Count--;
        WordTable.NextWordId = wordId;
        DataSpace.MoveHere(restoreHere);
    }

    /// <summary>Closes a body compiled directly (not between : and ;), so it is hashed and shown like any colon word.</summary>
    public void FinishBody(int wordId)
    {
        WordTable.BodyEnds[wordId] = (int)DataSpace.Here;
        WordTable.SetFlags(wordId, WordTable.FlagsOf(wordId) | WordFlags.Colon);
    }
}
