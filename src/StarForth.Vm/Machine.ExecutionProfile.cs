namespace StarForth;

// What the machine remembers about execution: per-word heat and entropy, word-to-word transitions (Machine.Heat.cs)
// and the rolling window of the last executed words. All are recorded where a word is entered from the host (outer
// interpreter, EXECUTE from the host) and where a colon or DOES> word is entered by the inner interpreter; primitives
// inside colon bodies are not recorded, which keeps the bookkeeping off the hot path (docs/performance.md has the measurement behind that choice).
public sealed unsafe partial class Machine
{
    public const int ExecutionWindowSize = 4096;

    private long* heat;
    private int* executionWindow;
    private long wordsExecuted;

    /// <summary>How many executions were recorded since boot.</summary>
    public long WordsExecuted => wordsExecuted;

    public long HeatOf(int wordId) => WordTable.IsWord(wordId) ? heat[wordId] : 0;

    public void SetHeat(int wordId, long value)
    {
        if (WordTable.IsWord(wordId))
        {
            heat[wordId] = value;
        }
    }

    private void RecordExecution(int wordId)
    {
        if (transitionsEnabled && lastRecordedWord >= 0)
        {
            CountTransition(lastRecordedWord, wordId);
        }
        RecordWindowAndHeat(wordId);
    }

    /// <summary>The part of <see cref="RecordExecution"/> without transitions: a few stores, inlined into colon entry.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void RecordWindowAndHeat(int wordId)
    {
        executionWindow[wordsExecuted & (ExecutionWindowSize - 1)] = wordId;
        wordsExecuted++;
        heat[wordId]++;
        entropy[wordId]++;
        lastRecordedWord = wordId;
    }

    /// <summary>FNV-1a over the rolling window's word_ids (32-bit little-endian), oldest first.</summary>
    public ulong ComputeWindowHash()
    {
        long count = wordsExecuted < ExecutionWindowSize ? wordsExecuted : ExecutionWindowSize;
        long first = wordsExecuted - count;
        ulong hash = CanonicalHash.OffsetBasis;
        for (long i = first; i < wordsExecuted; i++)
        {
            hash = CanonicalHash.AddUInt32(hash, (uint)executionWindow[i & (ExecutionWindowSize - 1)]);
        }
        return hash;
    }
}
