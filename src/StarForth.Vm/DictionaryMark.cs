namespace StarForth;

/// <summary>A point in the dictionary's history that <see cref="Dictionary.Restore"/> can go back to (MARKER, POST).</summary>
public readonly struct DictionaryMark
{
    public DictionaryMark(long here, long latestHeader, int nextWordId, int wordCount, int wordListCount = -1)
    {
        WordListCount = wordListCount;
        Here = here;
        LatestHeader = latestHeader;
        NextWordId = nextWordId;
        WordCount = wordCount;
    }

    public long Here { get; }

    public long LatestHeader { get; }

    public int NextWordId { get; }

    public int WordCount { get; }

    /// <summary>How many word lists existed then, or -1 when unknown (FORGET: those made after its word go).</summary>
    public int WordListCount { get; }
}
