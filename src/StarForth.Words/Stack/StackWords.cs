namespace StarForth.Words;

/// <summary>Data stack manipulation.</summary>
public static class StackWords
{
    [ForthWord("DROP", "( x -- )")]
    public static void Drop(long x) { }

    [ForthWord("DUP", "( x -- x x )")]
    public static (long, long) Dup(long x) => (x, x);

    [ForthWord("?DUP", "( x -- 0 | x x )")]
    public static void QuestionDup(Machine m)
    {
        long x = m.Stack.Peek();
        if (x != 0)
        {
            m.Stack.Push(x);
        }
    }

    [ForthWord("SWAP", "( x1 x2 -- x2 x1 )")]
    public static (long, long) Swap(long x1, long x2) => (x2, x1);

    [ForthWord("OVER", "( x1 x2 -- x1 x2 x1 )")]
    public static (long, long, long) Over(long x1, long x2) => (x1, x2, x1);

    [ForthWord("ROT", "( x1 x2 x3 -- x2 x3 x1 )")]
    public static (long, long, long) Rot(long x1, long x2, long x3) => (x2, x3, x1);

    [ForthWord("-ROT", "( x1 x2 x3 -- x3 x1 x2 )")]
    public static (long, long, long) MinusRot(long x1, long x2, long x3) => (x3, x1, x2);

    [ForthWord("DEPTH", "( -- +n )")]
    public static void Depth(Machine m) => m.Stack.Push(m.Stack.Depth);

    /// <summary>The C StarForth's 1-based PICK (1 PICK = DUP), kept under its locked id; ANS PICK shadows it.</summary>
    [ForthWord("PICK", "( xu ... x1 u -- xu ... x1 xu )", Id = 8)]
    public static void PickFromOne(Machine m)
    {
        long u = m.Stack.Pop();
        if (u < 1 || u > m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        m.Stack.Push(m.Stack.Peek((int)u - 1));
    }

    /// <summary>The C StarForth's 1-based ROLL (2 ROLL = SWAP), kept under its locked id; ANS ROLL shadows it.</summary>
    [ForthWord("ROLL", "( xu ... x1 u -- xu-1 ... x1 xu )", Id = 9)]
    public static void RollFromOne(Machine m)
    {
        long u = m.Stack.Pop();
        if (u < 1 || u > m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        RollCells(m, (int)u - 1);
    }

    [ForthWord("PICK", "( xu ... x0 u -- xu ... x0 xu )")]
    public static void Pick(Machine m)
    {
        long u = m.Stack.Pop();
        if (u < 0 || u >= m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        m.Stack.Push(m.Stack.Peek((int)u));
    }

    [ForthWord("ROLL", "( xu xu-1 ... x0 u -- xu-1 ... x0 xu )")]
    public static void Roll(Machine m)
    {
        long u = m.Stack.Pop();
        if (u < 0 || u >= m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        RollCells(m, (int)u);
    }

    /// <summary>Moves the cell <paramref name="u"/> below the top to the top.</summary>
    private static void RollCells(Machine m, int u)
    {
        long xu = m.Stack.Peek(u);
        for (int i = u; i > 0; i--)
        {
            m.Stack.Poke(i, m.Stack.Peek(i - 1));
        }
        m.Stack.Poke(0, xu);
    }

    [ForthWord("NIP", "( x1 x2 -- x2 )")]
    public static long Nip(long x1, long x2) => x2;

    [ForthWord("TUCK", "( x1 x2 -- x2 x1 x2 )")]
    public static (long, long, long) Tuck(long x1, long x2) => (x2, x1, x2);

    [ForthWord("2DROP", "( x1 x2 -- )")]
    public static void TwoDrop(long x1, long x2) { }

    [ForthWord("2DUP", "( x1 x2 -- x1 x2 x1 x2 )")]
    public static (long, long, long, long) TwoDup(long x1, long x2) => (x1, x2, x1, x2);

    [ForthWord("2SWAP", "( x1 x2 x3 x4 -- x3 x4 x1 x2 )")]
    public static void TwoSwap(Machine m)
    {
        long x1 = m.Stack.Peek(3);
        long x2 = m.Stack.Peek(2);
        m.Stack.Poke(3, m.Stack.Peek(1));
        m.Stack.Poke(2, m.Stack.Peek(0));
        m.Stack.Poke(1, x1);
        m.Stack.Poke(0, x2);
    }

    [ForthWord("2OVER", "( x1 x2 x3 x4 -- x1 x2 x3 x4 x1 x2 )")]
    public static void TwoOver(Machine m)
    {
        long x1 = m.Stack.Peek(3);
        long x2 = m.Stack.Peek(2);
        m.Stack.Push(x1);
        m.Stack.Push(x2);
    }
}
