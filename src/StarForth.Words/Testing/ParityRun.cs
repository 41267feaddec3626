namespace StarForth.Words;

/// <summary>What a parity run found: the POST's tallies and the dictionary before and after it.</summary>
public readonly struct ParityOutcome
{
    public ParityOutcome(PostSummary summary, DictionaryState before, DictionaryState after)
    {
        Summary = summary;
        Before = before;
        After = after;
    }

    public PostSummary Summary { get; }

    public DictionaryState Before { get; }

    public DictionaryState After { get; }

    public bool DictionaryUnchanged => Before.SameAs(After);

    public bool Succeeded => Summary.Succeeded && DictionaryUnchanged;
}

/// <summary>
/// The part of a parity run after the M7.1a line, shared by hosted <c>starforth --parity</c> and the StarKernel
/// test image: runs the POST, prints the M7.1b and WINDOW lines, and compares the dictionary with the one before.
/// The caller has already switched the machine to the deterministic clock.
/// </summary>
public static class ParityRun
{
    public static ParityOutcome RunPost(Machine m)
    {
        DictionaryState before = DictionaryState.Of(m);
        PostSummary summary = PowerOnSelfTest.Run(m);
        ParityReport.WriteTestLine(m, summary.Tests, summary.Passed, summary.Failed, summary.Skipped, summary.Errors);
        ParityReport.WriteWindowLine(m);
        m.Output.Flush();
        return new ParityOutcome(summary, before, DictionaryState.Of(m));
    }
}
