namespace StarForth.Words;

/// <summary>
/// Word-to-word transitions (ExecutionProfile): how often each word was recorded right after another, counted where
/// execution is recorded (host level, colon and DOES> entry).
/// </summary>
public static class PipeliningWords
{
    [ForthWord("PIPELINING-SHOW-STATS", "( -- )")]
    public static void ShowStats(Machine m)
    {
        m.Output.Type("pipelining "u8);
        m.Output.Type(m.Profile.TransitionsEnabled ? "on"u8 : "off"u8);
        m.Output.Type(" transitions "u8);
        m.Output.TypeDecimal(m.Profile.TransitionsCounted);
        m.Output.Type(" distinct "u8);
        m.Output.TypeDecimal(m.Profile.DistinctTransitions);
        m.Output.Type(" dropped "u8);
        m.Output.TypeDecimal(m.Profile.TransitionsDropped);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>PIPELINING-SHOW-TOP-TRANSITIONS: the n most frequent pairs, "FROM -> TO count"; -24 for n &lt; 0.</summary>
    [ForthWord("PIPELINING-SHOW-TOP-TRANSITIONS", "( n -- )")]
    public static void ShowTopTransitions(Machine m)
    {
        long n = m.Stack.Pop();
        if (n < 0)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        // Each pick is the largest (count, then lowest from/to) below the previous one: no sorting buffer needed.
        long previousCount = long.MaxValue;
        long previousKey = -1;
        for (long shown = 0; shown < n; shown++)
        {
            int bestSlot = -1;
            long bestCount = 0;
            long bestKey = 0;
            for (int slot = 0; slot < ExecutionProfile.TransitionCapacity; slot++)
            {
                if (!m.Profile.TransitionAt(slot, out int from, out int to, out long count))
                {
                    continue;
                }
                long key = (long)from * WordTable.Capacity + to;
                bool after = count < previousCount || (count == previousCount && key > previousKey);
                if (after && (bestSlot < 0 || count > bestCount || (count == bestCount && key < bestKey)))
                {
                    bestSlot = slot;
                    bestCount = count;
                    bestKey = key;
                }
            }
            if (bestSlot < 0)
            {
                return;
            }
            m.Profile.TransitionAt(bestSlot, out int bestFrom, out int bestTo, out _);
            TypeTransition(m, bestFrom, bestTo, bestCount);
            previousCount = bestCount;
            previousKey = bestKey;
        }
    }

    private static void TypeTransition(Machine m, int from, int to, long count)
    {
        m.Output.Type(m.WordTable.IsWord(from) ? m.WordTable.NameOf(from) : "?"u8);
        m.Output.Type(" -> "u8);
        m.Output.Type(m.WordTable.IsWord(to) ? m.WordTable.NameOf(to) : "?"u8);
        m.Output.Emit((byte)' ');
        m.Output.TypeDecimal(count);
        m.Output.Emit((byte)'\n');
    }

    [ForthWord("PIPELINING-RESET-ALL", "( -- )")]
    public static void ResetAll(Machine m) => m.Profile.ResetTransitions();

    /// <summary>PIPELINING-ENABLE: true counts transitions (the default), false stops counting.</summary>
    [ForthWord("PIPELINING-ENABLE", "( flag -- )")]
    public static void Enable(Machine m) => m.Profile.TransitionsEnabled = m.Stack.Pop() != 0;

    /// <summary>PIPELINING-STATS: transitions counted and distinct pairs.</summary>
    [ForthWord("PIPELINING-STATS", "( -- u1 u2 )")]
    public static void Stats(Machine m)
    {
        m.Stack.Push(m.Profile.TransitionsCounted);
        m.Stack.Push(m.Profile.DistinctTransitions);
    }

    /// <summary>PIPELINING-ANALYZE-WORD: the successors of xt, most frequent first, or "NAME: no successors".</summary>
    [ForthWord("PIPELINING-ANALYZE-WORD", "( xt -- )")]
    public static void AnalyzeWord(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId < 0)
        {
            return;
        }
        long previousCount = long.MaxValue;
        int previousTo = -1;
        bool any = false;
        while (true)
        {
            int best = -1;
            long bestCount = 0;
            for (int slot = 0; slot < ExecutionProfile.TransitionCapacity; slot++)
            {
                if (!m.Profile.TransitionAt(slot, out int from, out int to, out long count) || from != wordId)
                {
                    continue;
                }
                bool after = count < previousCount || (count == previousCount && to > previousTo);
                if (after && (best < 0 || count > bestCount || (count == bestCount && to < best)))
                {
                    best = to;
                    bestCount = count;
                }
            }
            if (best < 0)
            {
                break;
            }
            any = true;
            TypeTransition(m, wordId, best, bestCount);
            previousCount = bestCount;
            previousTo = best;
        }
        if (!any)
        {
            m.Output.Type(m.WordTable.NameOf(wordId));
            m.Output.Type(": no successors\n"u8);
        }
    }
}
