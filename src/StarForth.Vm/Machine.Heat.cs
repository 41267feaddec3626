namespace StarForth;

// Execution physics: heat (executions, decaying linearly with the machine clock unless the word is frozen), entropy
// (lifetime executions, never decaying) and word-to-word transition counts. All three are recorded only where the
// execution profile records a word (host-level execution, colon and DOES> entry), never per primitive in a body.
// Decay is applied lazily, when heat is observed, so the clock is read only by the words that report heat; under
// the parity clock (1000 ns per read) the result is therefore the same on every run.
public sealed unsafe partial class Machine
{
    /// <summary>Heat falls by one unit per this many nanoseconds of machine clock.</summary>
    public const long HeatDecayNanoseconds = 100_000_000;

    public const int TransitionCapacity = 4096;

    private struct Transition
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
    private long transitionsCounted;
    private long transitionsDropped;
    private bool transitionsEnabled = true;
    private int lastRecordedWord = -1;

    private long* reportScratch;

    public long EntropyOf(int wordId) => WordTable.IsWord(wordId) ? entropy[wordId] : 0;

    public void SetEntropy(int wordId, long value)
    {
        if (WordTable.IsWord(wordId))
        {
            entropy[wordId] = value;
        }
    }

    public void ResetEntropy()
    {
        for (int wordId = 0; wordId < WordTable.NextWordId; wordId++)
        {
            entropy[wordId] = 0;
        }
    }

    public bool IsFrozen(int wordId) => WordTable.IsWord(wordId) && frozen[wordId] != 0;

    public void SetFrozen(int wordId, bool value)
    {
        if (WordTable.IsWord(wordId))
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
        ulong now = MonotonicNanoseconds();
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
        for (int wordId = 0; wordId < WordTable.NextWordId; wordId++)
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
        for (int wordId = 0; wordId < WordTable.NextWordId; wordId++)
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
        for (int wordId = 0; wordId < WordTable.NextWordId; wordId++)
        {
            if (WordTable.Kinds[wordId] != WordKind.None && heat[wordId] >= threshold && frozen[wordId] == 0)
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
        for (int wordId = 0; wordId < WordTable.NextWordId; wordId++)
        {
            if (WordTable.Kinds[wordId] != WordKind.None && heat[wordId] > 0)
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
        transitionsUsed = 0;
        transitionsCounted = 0;
        transitionsDropped = 0;
        lastRecordedWord = -1;
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
        long* saved = reportScratch + MaxWords / 2;
        int count = kept < MaxWords / 6 ? kept : MaxWords / 6;
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
}
