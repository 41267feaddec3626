namespace StarForth.Words;

/// <summary>
/// PROGRAMMING-TOOLS EXT: the control-flow stack words (AHEAD CS-PICK CS-ROLL, over the tagged entries of
/// <see cref="ControlFlow"/>) and N>R NR>.
/// </summary>
public static class ToolsWords
{
    /// <summary>Two cells per control-flow entry: the address below, its tag on top.</summary>
    private const int EntryCells = 2;

    [ForthWord("AHEAD", "( C: -- orig )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Ahead(Machine m) => ControlFlow.Push(m, m.Compiler.CompileForwardBranch(WordIds.Branch), ControlFlow.Orig);

    /// <summary>Copies the u-th control-flow entry (0 = the top one) to the top; -22 when there is no such entry.</summary>
    [ForthWord("CS-PICK", "( C: destu ... orig0|dest0 -- destu ... orig0|dest0 destu ) ( S: u -- )")]
    public static void CsPick(Machine m)
    {
        long u = m.Stack.Pop();
        if (m.ThrowCode != 0 || !HasEntry(m, u))
        {
            return;
        }
        int tagIndex = (int)u * EntryCells;
        long address = m.Stack.Peek(tagIndex + 1);
        long tag = m.Stack.Peek(tagIndex);
        ControlFlow.Push(m, address, tag);
    }

    /// <summary>Moves the u-th control-flow entry (0 = the top one) to the top; -22 when there is no such entry.</summary>
    [ForthWord("CS-ROLL", "( C: origu|destu ... orig0|dest0 -- ... orig0|dest0 origu|destu ) ( S: u -- )")]
    public static void CsRoll(Machine m)
    {
        long u = m.Stack.Pop();
        if (m.ThrowCode != 0 || !HasEntry(m, u))
        {
            return;
        }
        int tagIndex = (int)u * EntryCells;
        long address = m.Stack.Peek(tagIndex + 1);
        long tag = m.Stack.Peek(tagIndex);
        for (int i = tagIndex + 1; i >= EntryCells; i--)
        {
            m.Stack.Poke(i, m.Stack.Peek(i - EntryCells));
        }
        m.Stack.Poke(1, address);
        m.Stack.Poke(0, tag);
    }

    private static bool HasEntry(Machine m, long u)
    {
        if (u < 0 || u >= m.Stack.Depth / EntryCells)
        {
            m.Throw(ThrowCode.ControlStructureMismatch);
            return false;
        }
        long tag = m.Stack.Peek((int)u * EntryCells);
        if (tag != ControlFlow.Orig && tag != ControlFlow.Dest)
        {
            m.Throw(ThrowCode.ControlStructureMismatch);
            return false;
        }
        return true;
    }

    /// <summary>Moves n cells and then n itself to the return stack, so that NR> gives them back in the same order.</summary>
    [ForthWord("N>R", "( i*n +n -- ) ( R: -- j*x +n )")]
    public static void NToR(Machine m)
    {
        long n = m.Stack.Peek();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (n < 0)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        if (n >= m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        if (n + 1 > m.ReturnStack.Capacity - m.ReturnStack.Depth)
        {
            m.Throw(ThrowCode.ReturnStackOverflow);
            return;
        }
        m.Stack.Pop();
        for (long i = 0; i < n; i++)
        {
            m.ReturnStack.Push(m.Stack.Pop());
        }
        m.ReturnStack.Push(n);
    }

    [ForthWord("NR>", "( -- i*x +n ) ( R: j*x +n -- )")]
    public static void NRFrom(Machine m)
    {
        long n = m.ReturnStack.Peek();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (n < 0 || n >= m.ReturnStack.Depth)
        {
            m.Throw(ThrowCode.ReturnStackUnderflow);
            return;
        }
        if (n + 1 > m.Stack.Capacity - m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackOverflow);
            return;
        }
        m.ReturnStack.Pop();
        for (long i = 0; i < n; i++)
        {
            m.Stack.Push(m.ReturnStack.Pop());
        }
        m.Stack.Push(n);
    }
}
