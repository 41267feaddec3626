namespace StarForth;

/// <summary>
/// The word packs registered on one machine, and which pack word each of their execution tokens runs. A pack word is
/// a header of kind <see cref="WordKind.PackPrimitive"/>; the inner interpreter hands it here to be run.
/// </summary>
public sealed unsafe class WordPacks
{
    /// <summary>Packs may use word_ids from here up; everything below is the core's (words.lock).</summary>
    public const int FirstPackWordId = 65536;

    private readonly Dictionary dictionary;
    private readonly WordTable wordTable;
    private readonly ThrowState throws;

    private WordPack? first;
    private int count;

    // Per execution token: which pack (its slot + 1, 0 for none) and which lock id. Made on the first registration,
    // so a machine without packs (the kernel) allocates nothing.
    private int[]? packOf;
    private int[]? lockIdOf;
    private WordPack? defining;

    internal WordPacks(Dictionary dictionary, WordTable wordTable, ThrowState throws)
    {
        this.dictionary = dictionary;
        this.wordTable = wordTable;
        this.throws = throws;
    }

    /// <summary>How many packs are registered.</summary>
    public int Count => count;

    /// <summary>
    /// Adds the pack's words to the dictionary (in the FORTH vocabulary of their lock lines) and keeps them across COLD.
    /// Returns 0, or the THROW code that stopped it (nothing of the pack is then left in the dictionary): -21 when a
    /// pack with the same name or an overlapping id range is registered already or its range reaches into the core's,
    /// -19 or -8 for a header that does not fit.
    /// </summary>
    public long Register(WordPack pack)
    {
        if (pack.FirstWordId < FirstPackWordId || pack.LastWordId < pack.FirstWordId || Overlaps(pack))
        {
            return ThrowCode.UnsupportedOperation;
        }
        if (packOf == null)
        {
            packOf = new int[WordTable.Capacity];
            lockIdOf = new int[WordTable.Capacity];
        }
        DictionaryMark before = dictionary.Mark();
        pack.Slot = count + 1;
        defining = pack;
        pack.DefineWords(this);
        defining = null;
        long code = throws.Code;
        if (code != 0)
        {
            throws.Clear();
            dictionary.Restore(before);
            throws.Clear();
            return code;
        }
        pack.NextRegistered = first;
        first = pack;
        count++;
        dictionary.SaveColdImage();
        return 0;
    }

    /// <summary>Called by a pack's DefineWords for each entry; a failure is left in the THROW state.</summary>
    public void DefineWord(int lockWordId, System.ReadOnlySpan<byte> name, WordFlags flags, int vocabulary)
    {
        if (defining == null || throws.Code != 0)
        {
            return;
        }
        if (lockWordId < defining.FirstWordId || lockWordId > defining.LastWordId)
        {
            throws.Raise(ThrowCode.InvalidName, name);
            return;
        }
        if (dictionary.AddHeader(name, flags, vocabulary) == 0)
        {
            return;
        }
        int xt = wordTable.NextWordId - 1;
        wordTable.Kinds[xt] = WordKind.PackPrimitive;
        packOf![xt] = defining.Slot;
        lockIdOf![xt] = lockWordId;
    }

    /// <summary>Runs the pack word <paramref name="xt"/>: the word to run next, or -1.</summary>
    internal int Call(Machine machine, int xt)
    {
        int slot = packOf == null ? 0 : packOf[xt];
        for (WordPack? pack = first; pack != null; pack = pack.NextRegistered)
        {
            if (pack.Slot == slot)
            {
                return pack.Call(machine, lockIdOf![xt]);
            }
        }
        throws.Raise(ThrowCode.UnsupportedOperation, wordTable.NameOf(xt));
        return -1;
    }

    /// <summary>The registered pack named <paramref name="name"/>, or null.</summary>
    public WordPack? Find(System.ReadOnlySpan<byte> name)
    {
        for (WordPack? pack = first; pack != null; pack = pack.NextRegistered)
        {
            if (SameName(pack.Name, name))
            {
                return pack;
            }
        }
        return null;
    }

    private bool Overlaps(WordPack candidate)
    {
        for (WordPack? pack = first; pack != null; pack = pack.NextRegistered)
        {
            if (pack == candidate || SameName(pack.Name, candidate.Name)
                || (candidate.FirstWordId <= pack.LastWordId && pack.FirstWordId <= candidate.LastWordId))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameName(System.ReadOnlySpan<byte> a, System.ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }
        return true;
    }
}
