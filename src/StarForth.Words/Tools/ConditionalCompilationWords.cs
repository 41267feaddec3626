namespace StarForth.Words;

/// <summary>
/// [IF] [ELSE] [THEN] [DEFINED] [UNDEFINED]. Skipping reads names with the outer interpreter's parser and, at the end
/// of a line, asks REFILL for the next one (so it follows whatever REFILL reads: host lines, and files once they are
/// input sources); end of input while skipping is -39.
/// </summary>
public static class ConditionalCompilationWords
{
    [ForthWord("[IF]", "( flag -- )", Flags = WordFlags.Immediate)]
    public static void BracketIf(Machine m)
    {
        long flag = m.Stack.Pop();
        if (m.ThrowCode == 0 && flag == 0)
        {
            Skip(m, stopAtElse: true);
        }
    }

    /// <summary>Reached while interpreting the true part: skips the false part.</summary>
    [ForthWord("[ELSE]", "( -- )", Flags = WordFlags.Immediate)]
    public static void BracketElse(Machine m) => Skip(m, stopAtElse: false);

    [ForthWord("[THEN]", "( -- )", Flags = WordFlags.Immediate)]
    public static void BracketThen(Machine m)
    {
    }

    [ForthWord("[DEFINED]", "( \"name\" -- flag )", Flags = WordFlags.Immediate)]
    public static void BracketDefined(Machine m) => PushDefined(m, whenFound: true);

    [ForthWord("[UNDEFINED]", "( \"name\" -- flag )", Flags = WordFlags.Immediate)]
    public static void BracketUndefined(Machine m) => PushDefined(m, whenFound: false);

    private static void PushDefined(Machine m, bool whenFound)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        bool found = m.Lookup.Find(m.Arena.Bytes(name, length)) >= 0;
        m.Stack.PushFlag(found == whenFound);
    }

    /// <summary>Skips names up to the [THEN] (or, from [IF], the [ELSE]) of this level, counting nested [IF]s.</summary>
    private static void Skip(Machine m, bool stopAtElse)
    {
        int level = 1;
        while (m.ThrowCode == 0)
        {
            long name = m.OuterInterpreter.ParseName(out long length);
            if (length == 0)
            {
                if (!Refill(m))
                {
                    m.Throw(ThrowCode.UnexpectedEndOfFile, "[IF]"u8);
                    return;
                }
                continue;
            }
            System.ReadOnlySpan<byte> word = m.Arena.Bytes(name, length);
            if (WordLookup.NamesEqual(word, "[IF]"u8))
            {
                level++;
            }
            else if (WordLookup.NamesEqual(word, "[ELSE]"u8))
            {
                if (level == 1 && stopAtElse)
                {
                    return;
                }
            }
            else if (WordLookup.NamesEqual(word, "[THEN]"u8))
            {
                if (--level == 0)
                {
                    return;
                }
            }
            else if (WordLookup.NamesEqual(word, "\\"u8))
            {
                m.OuterInterpreter.SkipRestOfSource(); // a comment may mention [THEN]
            }
        }
    }

    /// <summary>Runs REFILL itself, so skipping reads the next line from wherever REFILL does.</summary>
    private static bool Refill(Machine m)
    {
        m.InnerInterpreter.Execute(WordIds.Refill);
        long flag = m.Stack.Pop();
        return m.ThrowCode == 0 && flag != 0;
    }
}
