namespace StarForth;

/// <summary>
/// The dictionary: headers in the arena (<see cref="HeaderLayout"/>), linked newest to oldest, and the words they
/// name. Creating and forgetting words (FORGET, MARKER, COLD, a failed definition), the rules about pinned words, and
/// the canonical hash (docs/parity.md) live here; what executing each word_id does is in the <see cref="WordTable"/>,
/// finding a name in <see cref="WordLookup"/>.
/// </summary>
/// <remarks>
/// The hash covers every entry oldest first, its header fields and, for a colon definition, its body decoded cell by
/// cell: word_ids, literal values, branch offsets in cells and inline strings. Addresses, padding and run-time fields
/// (heat, the execution window, ACL TTLs) never enter it, so heating, denying or pinning a word never changes the
/// dictionary's identity.
/// </remarks>
public sealed unsafe class Dictionary
{
    public const int MaxNameLength = 31;

    private readonly WordSet words;
    private readonly ThrowState throws;
    private readonly Arena arena;
    private readonly DataSpace dataSpace;
    private readonly WordTable wordTable;
    private readonly WordLookup lookup;
    private readonly Vocabularies vocabularies;
    private readonly ExecutionProfile profile;
    private readonly AccessControl access;
    private readonly Native.NativeCode native;

    private int bootstrapFence;

    /// <summary>The dictionary COLD returns to: the bootstrap dictionary until SAVE-SYSTEM moves it.</summary>
    private DictionaryMark coldMark;
    private bool coldMarkSet;

    internal Dictionary(WordSet words, ThrowState throws, Arena arena, DataSpace dataSpace, WordTable wordTable, WordLookup lookup,
        Vocabularies vocabularies, ExecutionProfile profile, AccessControl access, Native.NativeCode native)
    {
        this.native = native;
        this.words = words;
        this.throws = throws;
        this.arena = arena;
        this.dataSpace = dataSpace;
        this.wordTable = wordTable;
        this.lookup = lookup;
        this.vocabularies = vocabularies;
        this.profile = profile;
        this.access = access;
    }

    /// <summary>The live dictionary's hash when boot finished; boot fails unless it is the compile-time one.</summary>
    public ulong BootstrapHash { get; private set; }

    /// <summary>Called once the generated table has made every bootstrap header.</summary>
    internal void EndBootstrap()
    {
        bootstrapFence = wordTable.Count;
        BootstrapHash = ComputeHash();
    }


    /// <summary>
    /// Called by the generated table for each bootstrap entry, in word_id order. <paramref name="entryHash"/> is the
    /// entry's hash as the generator computed it; a header that hashes differently here fails the boot.
    /// </summary>
    public void DefineBootstrapWord(int wordId, System.ReadOnlySpan<byte> name, WordFlags flags, int vocabulary, bool implemented, ulong entryHash)
    {
        // Locked ids may have gaps (retired words) but never go backwards.
        if (wordId < wordTable.NextWordId || wordId >= WordTable.Capacity)
        {
            throws.Raise(ThrowCode.InvalidName);
            return;
        }
        wordTable.NextWordId = wordId;
        long header = AddHeader(name, flags, vocabulary);
        if (header == 0)
        {
            return;
        }
        wordTable.Kinds[wordId] = implemented ? WordKind.Primitive : WordKind.Unimplemented;
        dataSpace.SetFence();
        if (ComputeEntryHash(wordId) != entryHash)
        {
            throws.Raise(ThrowCode.BootstrapHashMismatch, name);
        }
    }

    /// <summary>
    /// Appends a header for the next word_id and makes it the latest. Returns its address, or 0 after a THROW
    /// (-16 empty name, -19 name longer than 31 bytes, -8 no room).
    /// </summary>
    internal long AddHeader(System.ReadOnlySpan<byte> name, WordFlags flags, int vocabulary)
    {
        // Only :NONAME's hidden headers may have an empty name.
        if (name.Length == 0 && (flags & WordFlags.Hidden) == 0)
        {
            throws.Raise(ThrowCode.ZeroLengthName);
            return 0;
        }
        if (name.Length > MaxNameLength)
        {
            throws.Raise(ThrowCode.NameTooLong);
            return 0;
        }
        if (wordTable.NextWordId >= WordTable.Capacity)
        {
            throws.Raise(ThrowCode.DictionaryOverflow);
            return 0;
        }
        dataSpace.AlignHere();
        long header = dataSpace.Here;
        dataSpace.Allot(HeaderLayout.Name + name.Length);
        dataSpace.AlignHere();
        if (throws.Code != 0)
        {
            dataSpace.MoveHere(header);
            return 0;
        }
        int wordId = wordTable.NextWordId++;
        byte* h = arena.Start + header;
        *(uint*)(h + HeaderLayout.Link) = (uint)wordTable.LatestHeader;
        *(uint*)(h + HeaderLayout.WordId) = (uint)wordId;
        *(ushort*)(h + HeaderLayout.Flags) = (ushort)flags;
        h[HeaderLayout.AclDefault] = WordHeader.DefaultAcl;
        h[HeaderLayout.Vocabulary] = (byte)vocabulary;
        h[HeaderLayout.NameLength] = (byte)name.Length;
        for (int i = 0; i < name.Length; i++)
        {
            h[HeaderLayout.Name + i] = name[i];
        }
        wordTable.HeaderAddresses[wordId] = (int)header;
        wordTable.BodyAddresses[wordId] = (int)dataSpace.Here;
        wordTable.BodyEnds[wordId] = (int)dataSpace.Here;
        wordTable.DoesCodes[wordId] = 0;
        wordTable.LatestHeader = header;
        wordTable.Count++;
        wordTable.Generation++;
        return header;
    }

    /// <summary>Creates a user word named by arena bytes; returns its word_id or -1 after a THROW.</summary>
    public int CreateWord(long nameAddress, long nameLength, WordKind kind, WordFlags flags = WordFlags.None)
    {
        if (nameLength > MaxNameLength)
        {
            throws.Raise(ThrowCode.NameTooLong);
            return -1;
        }
        System.Span<byte> name = arena.Bytes(nameAddress, nameLength);
        if (throws.Code != 0)
        {
            return -1;
        }
        // Copy the name first: it may lie in the very space the header is about to take.
        System.Span<byte> copy = stackalloc byte[MaxNameLength];
        for (int i = 0; i < name.Length; i++)
        {
            copy[i] = name[i];
        }
        if (ShadowsPinnedWord(copy.Slice(0, name.Length)) || AddHeader(copy.Slice(0, name.Length), flags, CurrentVocabulary) == 0)
        {
            return -1;
        }
        int wordId = wordTable.NextWordId - 1;
        wordTable.Kinds[wordId] = kind;
        return wordId;
    }

    /// <summary>
    /// Creates a hidden entry (never found by name) of the given kind in the current vocabulary: a record that lives
    /// and dies with the dictionary, as REPLACES' substitutions do. Returns its word_id, or -1 after a THROW.
    /// </summary>
    public int CreateHiddenEntry(System.ReadOnlySpan<byte> name, WordKind kind)
    {
        if (AddHeader(name, WordFlags.Hidden, CurrentVocabulary) == 0)
        {
            return -1;
        }
        int wordId = wordTable.NextWordId - 1;
        wordTable.Kinds[wordId] = kind;
        return wordId;
    }

    internal int CurrentVocabulary => vocabularies.Compilation;

    public DictionaryMark Mark() => new DictionaryMark(dataSpace.Here, wordTable.LatestHeader, wordTable.NextWordId, wordTable.Count, vocabularies.Count);

    /// <summary>
    /// Forgets every word created after <paramref name="mark"/> and gives back their space and word_ids, so the
    /// dictionary hashes exactly as it did then. Refused (-15) below the bootstrap dictionary. A MARKER keeps its mark
    /// in its body, where a program can overwrite it: the mark's word_id and HERE are checked against the dictionary,
    /// and the newest header and the word count are taken from the word table, not from the mark.
    /// </summary>
    public void Restore(DictionaryMark mark)
    {
        if (mark.WordCount < bootstrapFence || mark.NextWordId < FirstUserWordId || mark.NextWordId > wordTable.NextWordId
            || mark.Here < dataSpace.Fence || mark.Here > dataSpace.Here)
        {
            throws.Raise(ThrowCode.InvalidForget);
            return;
        }
        if (ForgetsPinnedWord(mark.NextWordId))
        {
            return;
        }
        ForgetRuntimeState(mark.NextWordId, wordTable.NextWordId, mark.WordListCount);
        int count = wordTable.Count;
        for (int wordId = mark.NextWordId; wordId < wordTable.NextWordId; wordId++)
        {
            if (wordTable.Kinds[wordId] != WordKind.None)
            {
                count--;
            }
            wordTable.Clear(wordId);
            profile.ClearHeat(wordId);
        }
        wordTable.NextWordId = mark.NextWordId;
        wordTable.Count = count;
        wordTable.LatestHeader = wordTable.PreviousHeader(mark.NextWordId);
        dataSpace.MoveHere(mark.Here);
    }

    /// <summary>Removes the newest header (a definition abandoned by an error) and gives its space and id back.</summary>
    internal void DiscardLatest(long restoreHere)
    {
        if (wordTable.LatestHeader == 0 || wordTable.Count <= bootstrapFence)
        {
            return;
        }
        // The newest header has the newest word_id; its fields in the arena are not read (a program may have overwritten them).
        int wordId = wordTable.NextWordId - 1;
        ForgetRuntimeState(wordId, wordId + 1);
        wordTable.LatestHeader = wordTable.PreviousHeader(wordId);
        wordTable.Clear(wordId);
        wordTable.Count--;
        wordTable.NextWordId = wordId;
        dataSpace.MoveHere(restoreHere);
    }

    /// <summary>Closes a body compiled directly (not between : and ;), so it is hashed and shown like any colon word.</summary>
    public void FinishBody(int wordId)
    {
        wordTable.BodyEnds[wordId] = (int)dataSpace.Here;
        wordTable.SetFlags(wordId, wordTable.FlagsOf(wordId) | WordFlags.Colon);
    }


    /// <summary>The word_id the first header after the bootstrap dictionary gets; FORGET and COLD stop there.</summary>
    public int FirstUserWordId => words.BootstrapLatestWordId + 1;

    /// <summary>
    /// Forgets <paramref name="wordId"/> and every newer word, giving back their space and word_ids (FORGET).
    /// -15 for a bootstrap word, -32 for an id that is not a word.
    /// </summary>
    public void ForgetFrom(int wordId)
    {
        if (!wordTable.IsWord(wordId))
        {
            throws.Raise(ThrowCode.InvalidName);
            return;
        }
        if (wordId < FirstUserWordId)
        {
            throws.Raise(ThrowCode.InvalidForget, wordTable.NameOf(wordId));
            return;
        }
        int forgotten = 0;
        for (int id = wordId; id < wordTable.NextWordId; id++)
        {
            if (wordTable.Kinds[id] != WordKind.None)
            {
                forgotten++;
            }
        }
        long header = wordTable.HeaderAddresses[wordId];
        Restore(new DictionaryMark(header, wordTable.PreviousHeader(wordId), wordId, wordTable.Count - forgotten));
    }

    /// <summary>SAVE-SYSTEM: the dictionary as it is now becomes the one COLD returns to.</summary>
    public void SaveColdImage()
    {
        coldMark = Mark();
        coldMarkSet = true;
    }

    /// <summary>
    /// MARKER name: a word that, when run, forgets itself and everything defined after it, and puts back the word
    /// lists and the search order as they were.
    /// </summary>
    public void CreateMarker(long nameAddress, long nameLength)
    {
        DictionaryMark mark = Mark();
        System.Span<long> order = stackalloc long[Vocabularies.SavedOrderCells];
        vocabularies.SaveOrder(order);
        if (CreateWord(nameAddress, nameLength, WordKind.Marker) < 0)
        {
            return;
        }
        dataSpace.CommaCell(mark.Here);
        dataSpace.CommaCell(mark.LatestHeader);
        dataSpace.CommaCell(mark.NextWordId);
        dataSpace.CommaCell(mark.WordCount);
        dataSpace.CommaCell(mark.WordListCount);
        for (int i = 0; i < order.Length; i++)
        {
            dataSpace.CommaCell(order[i]);
        }
    }

    private const int MarkerMarkCells = 5;

    /// <summary>Running a MARKER word: forgets it and everything after it; the search order is as it was then.</summary>
    internal void RestoreMarker(int wordId)
    {
        long body = wordTable.BodyAddresses[wordId];
        var mark = new DictionaryMark(
            arena.FetchCell(body),
            arena.FetchCell(body + ArenaLayout.CellSize),
            (int)arena.FetchCell(body + 2 * ArenaLayout.CellSize),
            (int)arena.FetchCell(body + 3 * ArenaLayout.CellSize),
            (int)arena.FetchCell(body + 4 * ArenaLayout.CellSize));
        System.Span<long> order = stackalloc long[Vocabularies.SavedOrderCells];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = arena.FetchCell(body + (MarkerMarkCells + i) * ArenaLayout.CellSize);
        }
        if (throws.Code != 0)
        {
            return;
        }
        Restore(mark);
        if (throws.Code == 0)
        {
            vocabularies.RestoreOrder(order);
        }
    }

    /// <summary>
    /// COLD's part in the dictionary: forgets every word defined since bootstrap, or since SAVE-SYSTEM while that image
    /// is still whole.
    /// </summary>
    internal void ReturnToColdImage()
    {
        // A SAVE-SYSTEM image that FORGET or a MARKER has since cut into is no longer there to go back to.
        bool imageIntact = coldMarkSet && coldMark.NextWordId <= wordTable.NextWordId && coldMark.Here <= dataSpace.Here
            && (coldMark.LatestHeader == 0 || wordTable.WordAtHeader(coldMark.LatestHeader) == coldMark.NextWordId - 1);
        if (imageIntact)
        {
            Restore(coldMark);
        }
        else if (wordTable.NextWordId > FirstUserWordId)
        {
            coldMarkSet = false;
            ForgetFrom(FirstUserWordId);
        }
    }

    /// <summary>What follows this word's cell in threaded code (SEE).</summary>
    public WordOperand OperandOf(int wordId) => words.OperandOf(wordId);

    /// <summary>True when the word is in the search order and neither smudged nor hidden.</summary>
    public bool IsVisible(int wordId) =>
        (wordTable.FlagsOf(wordId) & (WordFlags.Smudged | WordFlags.Hidden)) == 0 && vocabularies.IsInSearchOrder(wordTable.VocabularyOf(wordId));

    /// <summary>True (after -256 naming it) when a new definition of this name would shadow a pinned word.</summary>
    private bool ShadowsPinnedWord(System.ReadOnlySpan<byte> name)
    {
        int existing = lookup.FindShadowed(name);
        if (existing >= 0 && access.IsPinned(existing))
        {
            throws.Raise(ThrowCode.AccessDenied, name);
            return true;
        }
        return false;
    }

    /// <summary>True (after -256 naming it) when a word from <paramref name="firstWordId"/> up is pinned.</summary>
    private bool ForgetsPinnedWord(int firstWordId)
    {
        for (int wordId = firstWordId; wordId < wordTable.NextWordId; wordId++)
        {
            if (wordTable.Kinds[wordId] != WordKind.None && access.IsPinned(wordId))
            {
                throws.Raise(ThrowCode.AccessDenied, wordTable.NameOf(wordId));
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Called before words <paramref name="firstWordId"/> up to <paramref name="endWordId"/> (exclusive) are removed:
    /// their run-time state goes with them, so a word that later reuses an id starts cold and unrestricted.
    /// </summary>
    private void ForgetRuntimeState(int firstWordId, int endWordId, int wordListCount = -1)
    {
        profile.Forget(firstWordId, endWordId);
        access.Forget(firstWordId, endWordId);
        native.Forget(firstWordId, endWordId);
        vocabularies.Forget(firstWordId, wordListCount);
        lookup.Forget(firstWordId, endWordId);
        wordTable.Generation++;
    }

    /// <summary>The M7.1a hash of the whole live dictionary.</summary>
    public ulong ComputeHash()
    {
        ulong hash = CanonicalHash.OffsetBasis;
        for (int wordId = 0; wordId < wordTable.NextWordId; wordId++)
        {
            if (wordTable.Kinds[wordId] != WordKind.None)
            {
                hash = AddEntry(hash, wordId);
            }
        }
        return hash;
    }

    /// <summary>One entry hashed alone from the offset basis: its entry_hash in --dump-dictionary.</summary>
    public ulong ComputeEntryHash(int wordId) => AddEntry(CanonicalHash.OffsetBasis, wordId);

    /// <summary>The hash of a colon definition's body alone (0 for other words): equal bodies hash equal wherever they lie.</summary>
    public ulong ComputeBodyHash(int wordId) =>
        wordTable.KindOf(wordId) == WordKind.Colon ? AddBody(CanonicalHash.OffsetBasis, wordTable.BodyAddresses[wordId], wordTable.BodyEnds[wordId]) : 0;

    private ulong AddEntry(ulong hash, int wordId)
    {
        hash = CanonicalHash.AddHeader(hash, wordTable.FlagsOf(wordId), wordTable.NameOf(wordId), wordTable.AclDefaultOf(wordId), wordId);
        return wordTable.Kinds[wordId] == WordKind.Colon ? AddBody(hash, wordTable.BodyAddresses[wordId], wordTable.BodyEnds[wordId]) : hash;
    }

    private ulong AddBody(ulong hash, long start, long end)
    {
        long cell = start;
        while (cell < end)
        {
            long wordId = *(long*)(arena.Start + cell);
            cell += ArenaLayout.CellSize;
            hash = CanonicalHash.AddUInt32(hash, (uint)wordId);
            WordOperand operand = wordTable.IsWord(wordId) ? words.OperandOf((int)wordId) : WordOperand.None;
            if (operand == WordOperand.None || cell >= end)
            {
                continue;
            }
            long value = *(long*)(arena.Start + cell);
            cell += ArenaLayout.CellSize;
            switch (operand)
            {
                case WordOperand.Literal:
                    hash = CanonicalHash.AddUInt64(hash, (ulong)value);
                    break;
                case WordOperand.Branch:
                    hash = CanonicalHash.AddUInt32(hash, (uint)value);
                    break;
                case WordOperand.InlineString:
                    long length = value < 0 || value > end - cell ? 0 : value;
                    hash = CanonicalHash.AddUInt32(hash, (uint)length);
                    hash = CanonicalHash.AddBytes(hash, new System.ReadOnlySpan<byte>(arena.Start + cell, (int)length));
                    cell = Arena.AlignedAddress(cell + length);
                    break;
            }
        }
        return hash;
    }
}
