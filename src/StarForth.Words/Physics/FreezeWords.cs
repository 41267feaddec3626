namespace StarForth.Words;

/// <summary>
/// Heat (ExecutionProfile): executions recorded at host level and on colon/DOES> entry, falling one unit per
/// 100 ms of machine clock. A frozen word keeps its heat.
/// </summary>
public static class FreezeWords
{
    [ForthWord("FREEZE-WORD", "( xt -- )")]
    public static void FreezeWord(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Profile.ApplyHeatDecay();
            m.Profile.SetFrozen(wordId, true);
        }
    }

    [ForthWord("UNFREEZE-WORD", "( xt -- )")]
    public static void UnfreezeWord(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Profile.ApplyHeatDecay();
            m.Profile.SetFrozen(wordId, false);
        }
    }

    [ForthWord("FROZEN?", "( xt -- flag )")]
    public static void FrozenQuery(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.PushFlag(m.Profile.IsFrozen(wordId));
        }
    }

    /// <summary>HEAT!: sets the heat (negative values count as 0).</summary>
    [ForthWord("HEAT!", "( n xt -- )")]
    public static void HeatStore(Machine m)
    {
        int wordId = m.PopExecutionToken();
        long n = m.Stack.Pop();
        if (wordId >= 0)
        {
            m.Profile.ApplyHeatDecay();
            m.Profile.SetHeat(wordId, n < 0 ? 0 : n);
        }
    }

    [ForthWord("HEAT@", "( xt -- n )")]
    public static void HeatFetch(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Profile.ApplyHeatDecay();
            m.Stack.Push(m.Profile.HeatOf(wordId));
        }
    }

    /// <summary>SHOW-HEAT: "NAME heat N", with " frozen" for a frozen word.</summary>
    [ForthWord("SHOW-HEAT", "( xt -- )")]
    public static void ShowHeat(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId < 0)
        {
            return;
        }
        m.Profile.ApplyHeatDecay();
        m.Output.Type(m.WordTable.NameOf(wordId));
        m.Output.Type(" heat "u8);
        m.Output.TypeDecimal(m.Profile.HeatOf(wordId));
        if (m.Profile.IsFrozen(wordId))
        {
            m.Output.Type(" frozen"u8);
        }
        m.Output.Emit((byte)'\n');
    }

    /// <summary>ALL-HEATS: every warm word, oldest first, "NAME N" (an asterisk marks frozen ones).</summary>
    [ForthWord("ALL-HEATS", "( -- )")]
    public static void AllHeats(Machine m)
    {
        m.Profile.ApplyHeatDecay();
        for (int wordId = 0; wordId <= m.WordTable.LatestWordId; wordId++)
        {
            long heat = m.Profile.HeatOf(wordId);
            if (heat > 0)
            {
                m.Output.Type(m.WordTable.NameOf(wordId));
                m.Output.Emit((byte)' ');
                m.Output.TypeDecimal(heat);
                if (m.Profile.IsFrozen(wordId))
                {
                    m.Output.Emit((byte)'*');
                }
                m.Output.Emit((byte)'\n');
            }
        }
    }

    /// <summary>DECAY-RATE@: nanoseconds of machine clock per unit of heat lost.</summary>
    [ForthWord("DECAY-RATE@", "( -- n )")]
    public static void DecayRateFetch(Machine m) => m.Stack.Push(ExecutionProfile.HeatDecayNanoseconds);

    /// <summary>FREEZE-CRITICAL: freezes the words at or above the 90th heat percentile; pushes how many it froze.</summary>
    [ForthWord("FREEZE-CRITICAL", "( -- n )")]
    public static void FreezeCritical(Machine m) => m.Stack.Push(m.Profile.FreezeCritical());
}
