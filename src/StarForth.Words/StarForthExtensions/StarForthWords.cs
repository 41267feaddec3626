namespace StarForth.Words;

/// <summary>
/// The StarForth words, registered twice as in the C dictionary: in FORTH (ids 248-257) and in the STARFORTH
/// vocabulary (ids 259-270, with ENTROPY@ and ENTROPY! there only). Entropy is a word's lifetime execution count.
/// </summary>
public static class StarForthWords
{
    public static System.ReadOnlySpan<byte> VersionText => "StarForth.NET 0.1.0 (StarForth 3.1.0 word set)"u8;

    [ForthWord("ENTROPY@", "( xt -- n )", Vocabulary = "STARFORTH")]
    public static void EntropyFetch(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.Push(m.Profile.EntropyOf(wordId));
        }
    }

    [ForthWord("ENTROPY!", "( n xt -- )", Vocabulary = "STARFORTH")]
    public static void EntropyStore(Machine m)
    {
        int wordId = m.PopExecutionToken();
        long n = m.Stack.Pop();
        if (wordId >= 0)
        {
            m.Profile.SetEntropy(wordId, n);
        }
    }

    /// <summary>WORD-ENTROPY: every word executed at least once, oldest first, "NAME count", then "total N".</summary>
    [ForthWord("WORD-ENTROPY", "( -- )")]
    [ForthWord("WORD-ENTROPY", "( -- )", Vocabulary = "STARFORTH")]
    public static void WordEntropy(Machine m)
    {
        long total = 0;
        for (int wordId = 0; wordId <= m.WordTable.LatestWordId; wordId++)
        {
            long count = m.Profile.EntropyOf(wordId);
            if (count > 0)
            {
                m.Output.Type(m.WordTable.NameOf(wordId));
                m.Output.Emit((byte)' ');
                m.Output.TypeDecimal(count);
                m.Output.Emit((byte)'\n');
                total += count;
            }
        }
        m.Output.Type("total "u8);
        m.Output.TypeDecimal(total);
        m.Output.Emit((byte)'\n');
    }

    [ForthWord("RESET-ENTROPY", "( -- )")]
    [ForthWord("RESET-ENTROPY", "( -- )", Vocabulary = "STARFORTH")]
    public static void ResetEntropy(Machine m) => m.Profile.ResetEntropy();

    /// <summary>TOP-WORDS: the n most executed words, "rank. NAME count", ties in word_id order; -24 for n &lt; 1.</summary>
    [ForthWord("TOP-WORDS", "( n -- )")]
    [ForthWord("TOP-WORDS", "( n -- )", Vocabulary = "STARFORTH")]
    public static void TopWords(Machine m)
    {
        long n = m.Stack.Pop();
        if (n < 1)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        // Selection by repeated scans: the previous pick bounds the next one, so nothing is allocated.
        long previousCount = long.MaxValue;
        int previousId = -1;
        for (long rank = 1; rank <= n; rank++)
        {
            int best = -1;
            long bestCount = 0;
            for (int wordId = 0; wordId <= m.WordTable.LatestWordId; wordId++)
            {
                long count = m.Profile.EntropyOf(wordId);
                bool after = count < previousCount || (count == previousCount && wordId > previousId);
                if (count > 0 && after && (best < 0 || count > bestCount))
                {
                    best = wordId;
                    bestCount = count;
                }
            }
            if (best < 0)
            {
                return;
            }
            m.Output.TypeDecimal(rank);
            m.Output.Type(". "u8);
            m.Output.Type(m.WordTable.NameOf(best));
            m.Output.Emit((byte)' ');
            m.Output.TypeDecimal(bestCount);
            m.Output.Emit((byte)'\n');
            previousCount = bestCount;
            previousId = best;
        }
    }

    /// <summary>(- : a comment to the matching ')', nested parentheses included (the C init.4th metadata marker).</summary>
    [ForthWord("(-", "( \"ccc<paren>\" -- )")]
    [ForthWord("(-", "( \"ccc<paren>\" -- )", Vocabulary = "STARFORTH")]
    public static void ParenDash(Machine m)
    {
        long source = m.OuterInterpreter.SourceAddress;
        long toIn = m.OuterInterpreter.ToIn;
        int depth = 1;
        while (toIn < m.OuterInterpreter.SourceLength && depth > 0)
        {
            byte c = m.Arena.FetchByte(source + toIn++);
            depth += c == (byte)'(' ? 1 : c == (byte)')' ? -1 : 0;
        }
        m.OuterInterpreter.ToIn = toIn;
    }

    /// <summary>INIT: interprets the host's init file (hosted: --init FILE); -38 when there is none.</summary>
    [ForthWord("INIT", "( i*x -- j*x )")]
    [ForthWord("INIT", "( i*x -- j*x )", Vocabulary = "STARFORTH")]
    public static void Init(Machine m) => m.OuterInterpreter.LoadInitFile();

    [ForthWord("VERSION", "( -- )")]
    [ForthWord("VERSION", "( -- )", Vocabulary = "STARFORTH")]
    public static void Version(Machine m)
    {
        m.Output.Type(VersionText);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>SEED: restarts the generator; the same seed gives the same RANDOM sequence everywhere.</summary>
    [ForthWord("SEED", "( u -- )")]
    [ForthWord("SEED", "( u -- )", Vocabulary = "STARFORTH")]
    public static void Seed(Machine m) => m.Random.Seed((ulong)m.Stack.Pop());

    /// <summary>RANDOM: a number in 0 .. n-1 (SplitMix64, unbiased); -24 for n &lt; 1.</summary>
    [ForthWord("RANDOM", "( n -- u )")]
    [ForthWord("RANDOM", "( n -- u )", Vocabulary = "STARFORTH")]
    public static void Random(Machine m)
    {
        long n = m.Stack.Peek();
        if (n < 1)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        m.Stack.Poke(0, (long)m.Random.NextBelow((ulong)n));
    }

    /// <summary>WAIT: waits u milliseconds of machine clock (the parity clock in --parity); -24 when negative.</summary>
    [ForthWord("WAIT", "( u -- )")]
    [ForthWord("WAIT", "( u -- )", Vocabulary = "STARFORTH")]
    public static void Wait(Machine m) => m.Clock.Wait(m.Stack.Pop(), m.InnerInterpreter);

    /// <summary>
    /// ZUSE-AUTHENTICATE: true opens a zuse session, in which word ACLs are not enforced; false closes it. The C
    /// design's Ed25519 challenge is unimplemented there too, so no credential is asked for.
    /// </summary>
    [ForthWord("ZUSE-AUTHENTICATE", "( flag -- )")]
    [ForthWord("ZUSE-AUTHENTICATE", "( flag -- )", Vocabulary = "STARFORTH")]
    public static void ZuseAuthenticate(Machine m) => m.Access.Bypass = m.Stack.Pop() != 0;
}
