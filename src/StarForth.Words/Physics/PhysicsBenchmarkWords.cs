namespace StarForth.Words;

/// <summary>Lookup benchmarking, the hot-words cache and the physics counters.</summary>
public static class PhysicsBenchmarkWords
{
    /// <summary>
    /// BENCH-DICT-LOOKUP name: looks the name up u times with the current strategy; pushes the elapsed machine-clock
    /// nanoseconds (the parity clock makes it 1000). -13 when the name is not found, -24 when u is negative.
    /// </summary>
    [ForthWord("BENCH-DICT-LOOKUP", "( u \"name\" -- ns )")]
    public static void BenchDictLookup(Machine m)
    {
        long iterations = m.Stack.Peek();
        long name = m.OuterInterpreter.ParseName(out long length);
        if (iterations < 0)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        System.Span<byte> text = m.Arena.Bytes(name, length);
        if (m.Lookup.FindWith(m.Lookup.Strategy, text) < 0)
        {
            m.Throw(ThrowCode.UndefinedWord, text);
            return;
        }
        ulong start = m.Clock.MonotonicNanoseconds();
        for (long i = 0; i < iterations; i++)
        {
            // Each lookup is a step: Ctrl-C and --max-steps stop a count that would run for hours.
            if (m.InnerInterpreter.PollInterrupt())
            {
                return;
            }
            m.Lookup.FindWith(m.Lookup.Strategy, text);
        }
        m.Stack.Poke(0, (long)(m.Clock.MonotonicNanoseconds() - start));
    }

    /// <summary>PHYSICS-CACHE-STATS: whether the hot-words cache is on, and its hits and misses.</summary>
    [ForthWord("PHYSICS-CACHE-STATS", "( -- )")]
    public static void CacheStats(Machine m)
    {
        m.Output.Type("cache "u8);
        m.Output.Type(m.Lookup.CacheEnabled ? "on"u8 : "off"u8);
        m.Output.Type(" hits "u8);
        m.Output.TypeDecimal(m.Lookup.CacheHits);
        m.Output.Type(" misses "u8);
        m.Output.TypeDecimal(m.Lookup.CacheMisses);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>PHYSICS-TOGGLE-CACHE: turns the hot-words cache in front of dictionary lookup on or off.</summary>
    [ForthWord("PHYSICS-TOGGLE-CACHE", "( -- )")]
    public static void ToggleCache(Machine m) => m.Lookup.ToggleCache();

    /// <summary>PHYSICS-RESET-STATS: zeroes lookup and cache counters, every word's heat and the transition counts.</summary>
    [ForthWord("PHYSICS-RESET-STATS", "( -- )")]
    public static void ResetStats(Machine m)
    {
        m.Lookup.ResetStatistics();
        m.Profile.ResetHeat();
    }

    /// <summary>PHYSICS-BUILD-INFO: how this build keeps its physics.</summary>
    [ForthWord("PHYSICS-BUILD-INFO", "( -- )")]
    public static void BuildInfo(Machine m)
    {
        m.Output.Type("heat: host, colon and DOES> entry; decay 1 per "u8);
        m.Output.TypeDecimal(ExecutionProfile.HeatDecayNanoseconds);
        m.Output.Type(" ns\nwindow "u8);
        m.Output.TypeDecimal(ExecutionProfile.ExecutionWindowSize);
        m.Output.Type(" transitions "u8);
        m.Output.Type(m.Profile.TransitionsEnabled ? "on"u8 : "off"u8);
        m.Output.Type(" lookup "u8);
        m.Output.Type(m.Lookup.Strategy == WordLookup.Hashed ? "hashed"u8 : "linear"u8);
        m.Output.Type(" cache "u8);
        m.Output.Type(m.Lookup.CacheEnabled ? "on"u8 : "off"u8);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>
    /// PHYSICS-BAYESIAN-REPORT: for each word with recorded successors (oldest first), its most probable successor
    /// under a Laplace prior: "FROM -> TO p=N/1000 (count/total)", p = (count+1)/(total+distinct+1).
    /// </summary>
    [ForthWord("PHYSICS-BAYESIAN-REPORT", "( -- )")]
    public static void BayesianReport(Machine m)
    {
        bool any = false;
        for (int from = 0; from <= m.WordTable.LatestWordId; from++)
        {
            long total = 0;
            long distinct = 0;
            int best = -1;
            long bestCount = 0;
            for (int slot = 0; slot < ExecutionProfile.TransitionCapacity; slot++)
            {
                if (!m.Profile.TransitionAt(slot, out int source, out int to, out long count) || source != from)
                {
                    continue;
                }
                total += count;
                distinct++;
                if (count > bestCount || (count == bestCount && to < best))
                {
                    best = to;
                    bestCount = count;
                }
            }
            if (best < 0)
            {
                continue;
            }
            any = true;
            m.Output.Type(m.WordTable.NameOf(from));
            m.Output.Type(" -> "u8);
            m.Output.Type(m.WordTable.NameOf(best));
            m.Output.Type(" p="u8);
            m.Output.TypeDecimal((bestCount + 1) * 1000 / (total + distinct + 1));
            m.Output.Type("/1000 ("u8);
            m.Output.TypeDecimal(bestCount);
            m.Output.Emit((byte)'/');
            m.Output.TypeDecimal(total);
            m.Output.Type(")\n"u8);
        }
        if (!any)
        {
            m.Output.Type("no transitions\n"u8);
        }
    }
}
