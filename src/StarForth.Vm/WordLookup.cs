namespace StarForth;

/// <summary>
/// Dictionary lookup: two strategies that must agree (a linear walk of the header chain, or a hashed index of
/// per-bucket chains, newest first), an optional hot-words cache in front of either, and the statistics the
/// heat-diagnostic words report. Every strategy answers "the newest visible word with this name in the first
/// vocabulary of the search order that has one".
/// </summary>
public sealed unsafe class WordLookup
{
    public const int Linear = 0;
    public const int Hashed = 1;

    public const int DefaultBuckets = 256;
    public const int MaxBuckets = 4096;
    private const int CacheSize = 64;

    private struct CacheEntry
    {
        public ulong Generation;
        public ulong NameHash;
        public int WordIdPlusOne;
        public int Context;
        public int OrderStamp;
    }

    private readonly Arena arena;
    private readonly WordTable wordTable;
    private readonly Vocabularies vocabularies;
    private readonly ThrowState throws;

    private int lookupStrategy = Hashed;
    private int bucketCount;
    private int* bucketHead;      // word_id + 1 of the newest entry in each bucket, 0 for none
    private int* nextInBucket;    // word_id + 1 of the next older entry in the same bucket
    private int indexedUpTo;      // word_ids below this are in the index
    private CacheEntry* lookupCache;
    private bool cacheEnabled;

    private long lookups;
    private long lookupsFound;
    private long headersCompared;
    private long cacheHits;
    private long cacheMisses;

    internal WordLookup(Arena arena, WordTable wordTable, Vocabularies vocabularies, ThrowState throws)
    {
        this.arena = arena;
        this.wordTable = wordTable;
        this.vocabularies = vocabularies;
        this.throws = throws;
    }

    internal bool Allocate(HostServices host)
    {
        nextInBucket = (int*)host.Allocate(host.Context, (nuint)(WordTable.Capacity * sizeof(int)));
        bucketHead = (int*)host.Allocate(host.Context, (nuint)(MaxBuckets * sizeof(int)));
        lookupCache = (CacheEntry*)host.Allocate(host.Context, (nuint)(CacheSize * sizeof(CacheEntry)));
        bucketCount = DefaultBuckets;
        return nextInBucket != null && bucketHead != null && lookupCache != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(nextInBucket);
        host.FreeBlock(bucketHead);
        host.FreeBlock(lookupCache);
        nextInBucket = null;
        bucketHead = null;
        lookupCache = null;
    }

    public int Strategy => lookupStrategy;

    public int BucketCount => bucketCount;

    public bool CacheEnabled => cacheEnabled;

    public long Lookups => lookups;

    public long LookupsFound => lookupsFound;

    public long HeadersCompared => headersCompared;

    public long CacheHits => cacheHits;

    public long CacheMisses => cacheMisses;

    /// <summary>LOOKUP-STRATEGY!: false (and -24) for a strategy that does not exist.</summary>
    public bool SetStrategy(long strategy)
    {
        if (strategy != Linear && strategy != Hashed)
        {
            throws.Raise(ThrowCode.InvalidNumericArgument);
            return false;
        }
        lookupStrategy = (int)strategy;
        return true;
    }

    public void ToggleCache()
    {
        cacheEnabled = !cacheEnabled;
        wordTable.Generation++;
    }

    public void ResetStatistics()
    {
        lookups = 0;
        lookupsFound = 0;
        headersCompared = 0;
        cacheHits = 0;
        cacheMisses = 0;
    }

    /// <summary>Rebuilds the hashed index with a bucket count sized for the dictionary (a power of two, 256 to 4096).</summary>
    public void ReorganizeBuckets()
    {
        int buckets = DefaultBuckets;
        while (buckets < wordTable.Count && buckets < MaxBuckets)
        {
            buckets *= 2;
        }
        bucketCount = buckets;
        InvalidateLookupIndex();
    }

    /// <summary>The length of the longest bucket chain (the hashed strategy's worst case).</summary>
    public int LongestBucketChain()
    {
        UpdateLookupIndex();
        int longest = 0;
        for (int bucket = 0; bucket < bucketCount; bucket++)
        {
            int length = 0;
            for (int entry = bucketHead[bucket]; entry != 0; entry = nextInBucket[entry - 1])
            {
                length++;
            }
            longest = length > longest ? length : longest;
        }
        return longest;
    }

    /// <summary>
    /// The newest visible word with this name (ASCII case-insensitive) in the first vocabulary of the search order
    /// that has one, or -1.
    /// </summary>
    public int Find(System.ReadOnlySpan<byte> name)
    {
        lookups++;
        int context = vocabularies.Context;
        ulong nameHash = HashName(name);
        CacheEntry* cached = lookupCache + (int)(nameHash & (CacheSize - 1));
        if (cacheEnabled)
        {
            if (cached->Generation == wordTable.Generation && cached->NameHash == nameHash && cached->Context == context
                && cached->OrderStamp == vocabularies.OrderStamp
                && cached->WordIdPlusOne != 0 && NameEqualsWord(cached->WordIdPlusOne - 1, name))
            {
                cacheHits++;
                lookupsFound++;
                return cached->WordIdPlusOne - 1;
            }
            cacheMisses++;
        }
        int found = FindWith(lookupStrategy, name, nameHash);
        if (found >= 0)
        {
            lookupsFound++;
            if (cacheEnabled)
            {
                cached->Generation = wordTable.Generation;
                cached->NameHash = nameHash;
                cached->Context = context;
                cached->OrderStamp = vocabularies.OrderStamp;
                cached->WordIdPlusOne = found + 1;
            }
        }
        return found;
    }

    /// <summary>Looks a name up with a given strategy, bypassing the cache (COMPARE-LOOKUPS, BENCH-DICT-LOOKUP).</summary>
    public int FindWith(int strategy, System.ReadOnlySpan<byte> name) => FindWith(strategy, name, HashName(name));

    private int FindWith(int strategy, System.ReadOnlySpan<byte> name, ulong nameHash)
    {
        // Each word list of the order, and a vocabulary's parents after it; a list already searched is not searched again.
        ulong searched = 0;
        int depth = vocabularies.OrderDepth;
        for (int position = 0; position < depth; position++)
        {
            for (int vocabulary = vocabularies.OrderAt(position); vocabulary >= 0; vocabulary = vocabularies.Parent(vocabulary))
            {
                ulong bit = 1UL << vocabulary;
                if ((searched & bit) != 0)
                {
                    continue;
                }
                searched |= bit;
                int found = strategy == Hashed ? FindHashed(name, nameHash, vocabulary) : FindLinear(name, vocabulary);
                if (found >= 0)
                {
                    return found;
                }
            }
        }
        return -1;
    }

    /// <summary>SEARCH-WORDLIST: the newest visible word with this name in exactly this word list (no parents), or -1.</summary>
    public int FindIn(System.ReadOnlySpan<byte> name, int vocabulary)
    {
        if (!vocabularies.IsWordList(vocabulary))
        {
            return -1;
        }
        lookups++;
        int found = lookupStrategy == Hashed ? FindHashed(name, HashName(name), vocabulary) : FindLinear(name, vocabulary);
        if (found >= 0)
        {
            lookupsFound++;
        }
        return found;
    }

    /// <summary>
    /// The newest visible word of <paramref name="vocabulary"/> with this name, walking every header newest first (by
    /// word_id, the chain's order: link and word_id fields a program overwrote are never followed).
    /// </summary>
    private int FindLinear(System.ReadOnlySpan<byte> name, int vocabulary)
    {
        for (int wordId = wordTable.PreviousWord(wordTable.NextWordId); wordId >= 0; wordId = wordTable.PreviousWord(wordId))
        {
            byte* h = arena.Start + wordTable.HeaderAddresses[wordId];
            headersCompared++;
            if (h[HeaderLayout.Vocabulary] == vocabulary && IsVisible(h) && NameEquals(h + HeaderLayout.Name, h[HeaderLayout.NameLength], name))
            {
                return wordId;
            }
        }
        return -1;
    }

    private int FindHashed(System.ReadOnlySpan<byte> name, ulong nameHash, int vocabulary)
    {
        UpdateLookupIndex();
        for (int entry = bucketHead[(int)(nameHash & (ulong)(bucketCount - 1))]; entry != 0; entry = nextInBucket[entry - 1])
        {
            byte* h = arena.Start + wordTable.HeaderAddresses[entry - 1];
            headersCompared++;
            if (h[HeaderLayout.Vocabulary] == vocabulary && IsVisible(h) && NameEquals(h + HeaderLayout.Name, h[HeaderLayout.NameLength], name))
            {
                return entry - 1;
            }
        }
        return -1;
    }

    private static bool IsVisible(byte* header) =>
        (*(ushort*)(header + HeaderLayout.Flags) & (int)(WordFlags.Smudged | WordFlags.Hidden)) == 0;

    private bool NameEqualsWord(int wordId, System.ReadOnlySpan<byte> name)
    {
        if (!wordTable.IsWord(wordId))
        {
            return false;
        }
        byte* h = arena.Start + wordTable.HeaderAddresses[wordId];
        return IsVisible(h) && NameEquals(h + HeaderLayout.Name, h[HeaderLayout.NameLength], name);
    }

    /// <summary>Adds the words created since the last lookup; ids only grow between removals, so newest stays first.</summary>
    private void UpdateLookupIndex()
    {
        for (int wordId = indexedUpTo; wordId < wordTable.NextWordId; wordId++)
        {
            if (wordTable.Kinds[wordId] == WordKind.None)
            {
                continue;
            }
            byte* h = arena.Start + wordTable.HeaderAddresses[wordId];
            ulong nameHash = HashName(new System.ReadOnlySpan<byte>(h + HeaderLayout.Name, h[HeaderLayout.NameLength]));
            int bucket = (int)(nameHash & (ulong)(bucketCount - 1));
            nextInBucket[wordId] = bucketHead[bucket];
            bucketHead[bucket] = wordId + 1;
        }
        indexedUpTo = wordTable.NextWordId;
    }

    /// <summary>Empties the index; the next hashed lookup rebuilds it (after removals, which may reuse word_ids).</summary>
    private void InvalidateLookupIndex()
    {
        for (int bucket = 0; bucket < MaxBuckets; bucket++)
        {
            bucketHead[bucket] = 0;
        }
        indexedUpTo = 0;
    }

    /// <summary>FNV-1a over the upper-cased name: lookups ignore ASCII case.</summary>
    private static ulong HashName(System.ReadOnlySpan<byte> name)
    {
        ulong hash = CanonicalHash.OffsetBasis;
        for (int i = 0; i < name.Length; i++)
        {
            hash = CanonicalHash.AddByte(hash, AsciiUpper(name[i]));
        }
        return hash;
    }

    /// <summary>
    /// The newest visible word with this name in the CURRENT vocabulary: the one a new definition would shadow. Not
    /// a lookup the statistics count.
    /// </summary>
    internal int FindShadowed(System.ReadOnlySpan<byte> name)
    {
        long compared = headersCompared;
        int found = lookupStrategy == Hashed ? FindHashed(name, HashName(name), vocabularies.Compilation) : FindLinear(name, vocabularies.Compilation);
        headersCompared = compared;
        return found;
    }

    /// <summary>
    /// The newest visible word with this name in exactly this word list, for listings (WORDS): not a lookup the
    /// statistics count.
    /// </summary>
    public int NewestIn(System.ReadOnlySpan<byte> name, int vocabulary)
    {
        long compared = headersCompared;
        int found = FindHashed(name, HashName(name), vocabulary);
        headersCompared = compared;
        return found;
    }

    /// <summary>Removed words leave the index; the next hashed lookup rebuilds it.</summary>
    internal void Forget(int firstWordId, int endWordId)
    {
        for (int wordId = firstWordId; wordId < endWordId; wordId++)
        {
            nextInBucket[wordId] = 0;
        }
        InvalidateLookupIndex();
    }

    private static bool NameEquals(byte* stored, int storedLength, System.ReadOnlySpan<byte> name) =>
        NamesEqual(new System.ReadOnlySpan<byte>(stored, storedLength), name);

    /// <summary>Two names are the same name: equal bytes, ASCII letters in either case (the lookup's rule).</summary>
    public static bool NamesEqual(System.ReadOnlySpan<byte> a, System.ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (AsciiUpper(a[i]) != AsciiUpper(b[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static byte AsciiUpper(byte c) => c >= (byte)'a' && c <= (byte)'z' ? (byte)(c - 32) : c;
}
