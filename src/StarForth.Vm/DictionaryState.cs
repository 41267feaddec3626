namespace StarForth;

/// <summary>The M7.1a values of a dictionary: what a parity run checks the POST left unchanged.</summary>
public readonly struct DictionaryState
{
    public DictionaryState(int wordCount, long here, int latestWordId, ulong hash)
    {
        WordCount = wordCount;
        Here = here;
        LatestWordId = latestWordId;
        Hash = hash;
    }

    public int WordCount { get; }

    public long Here { get; }

    public int LatestWordId { get; }

    public ulong Hash { get; }

    public static DictionaryState Of(Machine m) => new DictionaryState(m.WordTable.WordCount, m.DataSpace.Here, m.WordTable.LatestWordId, m.Dictionary.ComputeHash());

    public bool SameAs(DictionaryState other) =>
        WordCount == other.WordCount && Here == other.Here && LatestWordId == other.LatestWordId && Hash == other.Hash;
}
