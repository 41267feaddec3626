namespace StarForth.Words;

/// <summary>The xt argument of the extension words: a live word_id, or -9 as EXECUTE reports for anything else.</summary>
public static class ExecutionToken
{
    /// <summary>Pops an xt; returns its word_id, or -1 after -9.</summary>
    public static int Pop(Machine m)
    {
        long xt = m.Pop();
        if (m.ThrowCode != 0)
        {
            return -1;
        }
        if (!m.IsWord(xt))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return -1;
        }
        return (int)xt;
    }
}
