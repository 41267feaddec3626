namespace StarForth;

/// <summary>
/// What the machine remembers about execution, StarForth's physics: per-word heat (executions, decaying linearly with
/// the machine clock unless the word is frozen) and entropy (lifetime executions, never decaying), word-to-word
/// transition counts, and the rolling window of the last executed words. All are recorded where a word is entered from
/// the host and where a colon or DOES> word is entered by the inner interpreter; primitives inside colon bodies are not
/// recorded, which keeps the bookkeeping off the hot path (docs/performance.md has the measurement behind that choice).
/// </summary>
/// <remarks>
/// Decay is applied lazily, when heat is observed, so the clock is read only by the words that report heat; under the
/// parity clock (1000 ns per read) the result is therefore the same on every run. None of this enters the canonical
/// hash, so heating a word never changes the dictionary's identity.
/// </remarks>
public sealed unsafe class ExecutionProfile
{
    public const int ExecutionWindowSize = 4096;

    private readonly WordTable wordTable;
    private readonly Clock clock;

    /// <summary>
    /// Heat, then entropy, in one block: a word's entropy cell is <see cref="EntropyAfterHeat"/> bytes after its heat
    /// cell, so native code reaches both from one address.
    /// </summary>
    private long* heat;
    private int* executionWindow;

    /// <summary>The distance in bytes from a word's heat cell to its entropy cell.</summary>
    public const int EntropyAfterHeat = WordTable.Capacity * sizeof(long);
    private long wordsExecuted;

    /// <summary>Heat falls by one unit per this many nanoseconds of machine clock.</summary>
    public const long HeatDecayNanoseconds = 100_000_000;

    public const int TransitionCapacity = 4096;

    internal struct Transition
    {
        public int From;
        public int To;
        public long Count;
    }

    private long* entropy;
    private byte* frozen;
    private ulong lastDecayNanoseconds;
    private bool decayStarted;

    private Transition* transitions;
    private int transitionsUsed;

    /// <summary>
    /// Per word_id, for native calls: the last word recorded before it and that transition's slot, as a call's probe
    /// last found them (From is <see cref="NoCachedWord"/> for none). Only <see cref="ResetTransitions"/> moves slots,
    /// and it empties the cache.
    /// </summary>
    private TransitionCacheEntry* transitionCache;

    /// <summary>One word's cache entry, 16 bytes; native calls write it (the call stencils' layout).</summary>
    internal struct TransitionCacheEntry
    {
        public long From;
        public Transition* Slot;
    }

    /// <summary>Matches no last recorded word (which is a word_id, or -1 before the first).</summary>
    private const long NoCachedWord = -2;
    private long transitionsCounted;
    private long transitionsDropped;
    private bool transitionsEnabled = true;
    private int lastRecordedWord = -1;

    private long* reportScratch;

    internal ExecutionProfile(WordTable wordTable, Clock clock)
    {
        this.wordTable = wordTable;
        this.clock = clock;
    }

    internal bool Allocate(HostServices host)
    {
        heat = (long*)host.Allocate(host.Context, (nuint)(2 * EntropyAfterHeat));
        entropy = heat == null ? null : heat + WordTable.Capacity;
        executionWindow = (int*)host.Allocate(host.Context, (nuint)(ExecutionWindowSize * sizeof(int)));
        frozen = (byte*)host.Allocate(host.Context, WordTable.Capacity);
        transitions = (Transition*)host.Allocate(host.Context, (nuint)(TransitionCapacity * sizeof(Transition)));
        transitionCache = (TransitionCacheEntry*)host.Allocate(host.Context, (nuint)(WordTable.Capacity * sizeof(TransitionCacheEntry)));
        reportScratch = (long*)host.Allocate(host.Context, (nuint)(WordTable.Capacity * sizeof(long)));
        if (heat == null || executionWindow == null || frozen == null || transitions == null || transitionCache == null || reportScratch == null)
        {
            return false;
        }
        EmptyTransitionCache();
        return true;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(heat); // entropy with it
        host.FreeBlock(executionWindow);
        host.FreeBlock(frozen);
        host.FreeBlock(transitions);
        host.FreeBlock(transitionCache);
        host.FreeBlock(reportScratch);
        heat = null;
        executionWindow = null;
        entropy = null;
        frozen = null;
        transitions = null;
        transitionCache = null;
        reportScratch = null;
    }

    /// <summary>Hands native code the bookkeeping: the tables' addresses and copies of the counters (see <see cref="Native.NativeFrame"/>).</summary>
    internal void SaveTo(Native.NativeFrame* frame)
    {
        frame->WordsExecuted = wordsExecuted;
        frame->LastRecordedWord = lastRecordedWord;
        frame->UncountedRecords = 0;
        frame->TransitionsEnabled = transitionsEnabled ? 1 : 0;
        frame->Transitions = transitions;
        frame->Window = executionWindow;
    }

    /// <summary>Takes back the counters native code moved on.</summary>
    internal void LoadFrom(Native.NativeFrame* frame)
    {
        transitionsCounted += frame->WordsExecuted - wordsExecuted - frame->UncountedRecords;
        wordsExecuted = frame->WordsExecuted;
        lastRecordedWord = (int)frame->LastRecordedWord;
    }

    /// <summary>How many executions were recorded since boot.</summary>
    public long WordsExecuted => wordsExecuted;

    public long HeatOf(int wordId) => wordTable.IsWord(wordId) ? heat[wordId] : 0;

    /// <summary>Where native code finds the transition into <paramref name="wordId"/> its calls last counted.</summary>
    internal void* TransitionCacheCellOf(int wordId) => transitionCache + wordId;

    /// <summary>Where native code counts an execution of <paramref name="wordId"/>: its heat cell (entropy follows at <see cref="EntropyAfterHeat"/>).</summary>
    internal long* HeatCellOf(int wordId) => heat + wordId;

    public void SetHeat(int wordId, long value)
    {
        if (wordTable.IsWord(wordId))
        {
            heat[wordId] = value;
        }
    }

    /// <summary>Records an execution: the transition from the previous word, the window, heat and entropy.</summary>
    internal void RecordExecution(int wordId)
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

    /// <summary>
    /// The check half of <see cref="RecordExecution"/> on the inner interpreter's fast path, inlined into colon entry:
    /// false when the transition from the previous word is new or not in its home slot (the slow path then does the
    /// whole job); otherwise its slot, or null when no transition is counted. Changes nothing.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryFindInlineTransition(int wordId, out Transition* transition)
    {
        transition = null;
        if (transitionsEnabled && lastRecordedWord >= 0)
        {
            transition = transitions + TransitionHome(lastRecordedWord, wordId);
            if (transition->Count == 0 || transition->From != lastRecordedWord || transition->To != wordId)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The record half: counts the transition <see cref="TryFindInlineTransition"/> found and records the word.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void RecordInline(int wordId, Transition* transition)
    {
        if (transition != null)
        {
            transition->Count++;
            transitionsCounted++;
        }
        RecordWindowAndHeat(wordId);
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

    public long EntropyOf(int wordId) => wordTable.IsWord(wordId) ? entropy[wordId] : 0;

    public void SetEntropy(int wordId, long value)
    {
        if (wordTable.IsWord(wordId))
        {
            entropy[wordId] = value;
        }
    }

    public void ResetEntropy()
    {
        for (int wordId = 0; wordId < wordTable.NextWordId; wordId++)
        {
            entropy[wordId] = 0;
        }
    }

    public bool IsFrozen(int wordId) => wordTable.IsWord(wordId) && frozen[wordId] != 0;

    public void SetFrozen(int wordId, bool value)
    {
        if (wordTable.IsWord(wordId))
        {
            frozen[wordId] = value ? (byte)1 : (byte)0;
        }
    }

    /// <summary>
    /// Brings every unfrozen word's heat up to date with the clock: one unit per <see cref="HeatDecayNanoseconds"/>
    /// elapsed since the last decay, never below zero. The remainder carries over to the next call.
    /// </summary>
    public void ApplyHeatDecay()
    {
        ulong now = clock.MonotonicNanoseconds();
        if (!decayStarted || now < lastDecayNanoseconds)
        {
            decayStarted = true;
            lastDecayNanoseconds = now;
            return;
        }
        ulong units = (now - lastDecayNanoseconds) / HeatDecayNanoseconds;
        if (units == 0)
        {
            return;
        }
        lastDecayNanoseconds += units * HeatDecayNanoseconds;
        long drop = units > long.MaxValue ? long.MaxValue : (long)units;
        for (int wordId = 0; wordId < wordTable.NextWordId; wordId++)
        {
            if (frozen[wordId] == 0 && heat[wordId] > 0)
            {
                heat[wordId] = heat[wordId] > drop ? heat[wordId] - drop : 0;
            }
        }
    }

    /// <summary>Zeroes every word's heat and the transition counts, and restarts the decay clock.</summary>
    public void ResetHeat()
    {
        for (int wordId = 0; wordId < wordTable.NextWordId; wordId++)
        {
            heat[wordId] = 0;
        }
        decayStarted = false;
        ResetTransitions();
    }

    /// <summary>
    /// The nearest-rank percentile (1..100) of the heats above zero, or 0 when no word is warm. Decays first.
    /// </summary>
    public long HeatPercentile(int percent, out int warmWords)
    {
        warmWords = SortedWarmHeats();
        if (warmWords == 0)
        {
            return 0;
        }
        long rank = (percent * (long)warmWords + 99) / 100;
        int index = (int)(rank < 1 ? 0 : rank - 1);
        return reportScratch[index];
    }

    /// <summary>Freezes every word whose heat reaches the 90th percentile of the warm words; returns how many.</summary>
    public int FreezeCritical()
    {
        long threshold = HeatPercentile(90, out int warm);
        if (warm == 0)
        {
            return 0;
        }
        int count = 0;
        for (int wordId = 0; wordId < wordTable.NextWordId; wordId++)
        {
            if (wordTable.Kinds[wordId] != WordKind.None && heat[wordId] >= threshold && frozen[wordId] == 0)
            {
                frozen[wordId] = 1;
                count++;
            }
        }
        return count;
    }

    /// <summary>Copies the heats above zero into the scratch table in ascending order; returns how many.</summary>
    private int SortedWarmHeats()
    {
        ApplyHeatDecay();
        int count = 0;
        for (int wordId = 0; wordId < wordTable.NextWordId; wordId++)
        {
            if (wordTable.Kinds[wordId] != WordKind.None && heat[wordId] > 0)
            {
                reportScratch[count++] = heat[wordId];
            }
        }
        // Insertion sort: a few hundred values, and no allocation.
        for (int i = 1; i < count; i++)
        {
            long value = reportScratch[i];
            int j = i - 1;
            while (j >= 0 && reportScratch[j] > value)
            {
                reportScratch[j + 1] = reportScratch[j];
                j--;
            }
            reportScratch[j + 1] = value;
        }
        return count;
    }

    // Transitions: an open-addressed table of (from, to) pairs. When three quarters full, new pairs are dropped and
    // counted as such, so the table never grows and a report never depends on an allocation.

    public bool TransitionsEnabled
    {
        get => transitionsEnabled;
        set => transitionsEnabled = value;
    }

    public long TransitionsCounted => transitionsCounted;

    public int DistinctTransitions => transitionsUsed;

    public long TransitionsDropped => transitionsDropped;

    private void CountTransition(int from, int to)
    {
        int slot = TransitionSlot(from, to);
        Transition* t = transitions + slot;
        if (t->Count == 0)
        {
            if (transitionsUsed >= TransitionCapacity * 3 / 4)
            {
                transitionsDropped++;
                return;
            }
            t->From = from;
            t->To = to;
            transitionsUsed++;
        }
        t->Count++;
        transitionsCounted++;
    }

    /// <summary>Where the search for a transition's slot starts (open addressing, linear probing).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint TransitionHome(int from, int to) => ((uint)from * 2654435761u ^ (uint)to * 40503u) & (TransitionCapacity - 1);

    private int TransitionSlot(int from, int to)
    {
        uint slot = TransitionHome(from, to);
        while (transitions[slot].Count != 0 && (transitions[slot].From != from || transitions[slot].To != to))
        {
            slot = (slot + 1) & (TransitionCapacity - 1);
        }
        return (int)slot;
    }

    /// <summary>How often <paramref name="to"/> was recorded right after <paramref name="from"/>.</summary>
    public long TransitionCount(int from, int to)
    {
        Transition* t = transitions + TransitionSlot(from, to);
        return t->Count;
    }

    /// <summary>The i-th slot of the transition table (0 .. <see cref="TransitionCapacity"/>-1); false when empty.</summary>
    public bool TransitionAt(int slot, out int from, out int to, out long count)
    {
        Transition* t = transitions + slot;
        from = t->From;
        to = t->To;
        count = t->Count;
        return count != 0;
    }

    public void ResetTransitions()
    {
        for (int slot = 0; slot < TransitionCapacity; slot++)
        {
            transitions[slot] = default;
        }
        EmptyTransitionCache();
        transitionsUsed = 0;
        transitionsCounted = 0;
        transitionsDropped = 0;
        lastRecordedWord = -1;
    }

    private void EmptyTransitionCache()
    {
        for (int wordId = 0; wordId < WordTable.Capacity; wordId++)
        {
            transitionCache[wordId].From = NoCachedWord;
            transitionCache[wordId].Slot = null;
        }
    }

    /// <summary>Drops the pairs that mention forgotten words, re-inserting the others so probing stays correct.</summary>
    private void ForgetTransitions(int firstWordId)
    {
        int kept = 0;
        for (int slot = 0; slot < TransitionCapacity; slot++)
        {
            Transition t = transitions[slot];
            if (t.Count != 0 && t.From < firstWordId && t.To < firstWordId)
            {
                reportScratch[kept++] = slot;
            }
        }
        // Keep the survivors' values in the (unused) upper half of the scratch table while the table is rebuilt.
        long* saved = reportScratch + WordTable.Capacity / 2;
        int count = kept < WordTable.Capacity / 6 ? kept : WordTable.Capacity / 6;
        for (int i = 0; i < count; i++)
        {
            Transition t = transitions[(int)reportScratch[i]];
            saved[i * 3] = t.From;
            saved[i * 3 + 1] = t.To;
            saved[i * 3 + 2] = t.Count;
        }
        long counted = transitionsCounted;
        long dropped = transitionsDropped;
        int last = lastRecordedWord;
        ResetTransitions();
        for (int i = 0; i < count; i++)
        {
            Transition* t = transitions + TransitionSlot((int)saved[i * 3], (int)saved[i * 3 + 1]);
            t->From = (int)saved[i * 3];
            t->To = (int)saved[i * 3 + 1];
            t->Count = saved[i * 3 + 2];
            transitionsUsed++;
        }
        transitionsCounted = counted;
        transitionsDropped = dropped;
        lastRecordedWord = last;
    }

    /// <summary>
    /// Called before words <paramref name="firstWordId"/> up to <paramref name="endWordId"/> (exclusive) are removed:
    /// their entropy, freeze marks and transitions go with them, so a word that later reuses an id starts cold.
    /// </summary>
    internal void Forget(int firstWordId, int endWordId)
    {
        for (int wordId = firstWordId; wordId < endWordId; wordId++)
        {
            entropy[wordId] = 0;
            frozen[wordId] = 0;
        }
        if (lastRecordedWord >= firstWordId)
        {
            lastRecordedWord = -1;
        }
        ForgetTransitions(firstWordId);
    }

    /// <summary>A word removed with its space (FORGET, MARKER, COLD) gives its heat back too.</summary>
    internal void ClearHeat(int wordId) => heat[wordId] = 0;
}
