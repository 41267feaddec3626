namespace StarForth.Words;

/// <summary>
/// Heat distribution and the dictionary lookup strategies (WordLookup): 0 walks every header, 1 uses a hashed
/// index; both answer every lookup the same way, which COMPARE-LOOKUPS checks name by name.
/// </summary>
public static class HeatDiagnosticWords
{
    /// <summary>HEAT-PERCENTILES: nearest-rank p50, p90 and p99 and the maximum of the warm words' heat.</summary>
    [ForthWord("HEAT-PERCENTILES", "( -- )")]
    public static void HeatPercentiles(Machine m)
    {
        long p50 = m.Profile.HeatPercentile(50, out int warm);
        long p90 = m.Profile.HeatPercentile(90, out _);
        long p99 = m.Profile.HeatPercentile(99, out _);
        long max = m.Profile.HeatPercentile(100, out _);
        m.Output.Type("heat p50 "u8);
        m.Output.TypeDecimal(p50);
        m.Output.Type(" p90 "u8);
        m.Output.TypeDecimal(p90);
        m.Output.Type(" p99 "u8);
        m.Output.TypeDecimal(p99);
        m.Output.Type(" max "u8);
        m.Output.TypeDecimal(max);
        m.Output.Type(" words "u8);
        m.Output.TypeDecimal(warm);
        m.Output.Emit((byte)'\n');
    }

    [ForthWord("LOOKUP-STRATEGY@", "( -- n )")]
    public static void LookupStrategyFetch(Machine m) => m.Stack.Push(m.Lookup.Strategy);

    /// <summary>LOOKUP-STRATEGY!: 0 linear, 1 hashed; -24 for anything else.</summary>
    [ForthWord("LOOKUP-STRATEGY!", "( n -- )")]
    public static void LookupStrategyStore(Machine m) => m.Lookup.SetStrategy(m.Stack.Pop());

    /// <summary>REORG-BUCKETS: rebuilds the hashed index, sized for the dictionary; pushes the new bucket count.</summary>
    [ForthWord("REORG-BUCKETS", "( -- u )")]
    public static void ReorganizeBuckets(Machine m)
    {
        m.Lookup.ReorganizeBuckets();
        m.Stack.Push(m.Lookup.BucketCount);
    }

    /// <summary>SHOW-HEAT-OPTIMIZATION: the strategy, the cache, and the lookup counts since PHYSICS-RESET-STATS.</summary>
    [ForthWord("SHOW-HEAT-OPTIMIZATION", "( -- )")]
    public static void ShowHeatOptimization(Machine m)
    {
        m.Output.Type("lookup "u8);
        m.Output.Type(m.Lookup.Strategy == WordLookup.Hashed ? "hashed"u8 : "linear"u8);
        m.Output.Type(" cache "u8);
        m.Output.Type(m.Lookup.CacheEnabled ? "on"u8 : "off"u8);
        m.Output.Type(" lookups "u8);
        m.Output.TypeDecimal(m.Lookup.Lookups);
        m.Output.Type(" found "u8);
        m.Output.TypeDecimal(m.Lookup.LookupsFound);
        m.Output.Type(" missed "u8);
        m.Output.TypeDecimal(m.Lookup.Lookups - m.Lookup.LookupsFound);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>
    /// COMPARE-LOOKUPS: looks every visible word's name (and one name that exists nowhere) up with both strategies;
    /// pushes how many answers differed, which must be 0.
    /// </summary>
    [ForthWord("COMPARE-LOOKUPS", "( -- u )")]
    public static void CompareLookups(Machine m)
    {
        long mismatches = 0;
        for (int wordId = 0; wordId <= m.WordTable.LatestWordId; wordId++)
        {
            if (!m.WordTable.IsWord(wordId) || m.WordTable.NameOf(wordId).Length == 0)
            {
                continue;
            }
            System.ReadOnlySpan<byte> name = m.WordTable.NameOf(wordId);
            if (m.Lookup.FindWith(WordLookup.Linear, name) != m.Lookup.FindWith(WordLookup.Hashed, name))
            {
                mismatches++;
            }
        }
        if (m.Lookup.FindWith(WordLookup.Linear, " no such word "u8) != m.Lookup.FindWith(WordLookup.Hashed, " no such word "u8))
        {
            mismatches++;
        }
        m.Stack.Push(mismatches);
    }
}
