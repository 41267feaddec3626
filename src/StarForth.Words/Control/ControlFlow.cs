namespace StarForth.Words;

/// <summary>
/// The compile-time control-flow stack lives on the data stack, as ANS allows: each entry is an address and a
/// tag saying what it is, so THEN without IF, or LOOP closing a BEGIN, is a -22 instead of corrupt code.
/// </summary>
public static class ControlFlow
{
    /// <summary>A forward branch operand waiting for its target (IF, ELSE, WHILE).</summary>
    public const long Orig = 0x4F524947;

    /// <summary>A backward branch target (BEGIN).</summary>
    public const long Dest = 0x44455354;

    /// <summary>A DO or ?DO: the operand holding the loop's exit address.</summary>
    public const long DoSys = 0x444F5359;

    public static void Push(Machine m, long address, long tag)
    {
        m.Stack.Push(address);
        m.Stack.Push(tag);
    }

    /// <summary>Pops an entry of the expected kind; returns -1 (after -22) when the top is something else.</summary>
    public static long Pop(Machine m, long tag)
    {
        if (m.Stack.Depth < 2 || m.Stack.Peek(0) != tag)
        {
            m.Throw(ThrowCode.ControlStructureMismatch);
            return -1;
        }
        m.Stack.Pop();
        return m.Stack.Pop();
    }
}
