namespace StarForth.Words;

/// <summary>Bitwise logic and comparisons; a true flag is all bits set (-1).</summary>
public static class LogicalWords
{
    [ForthWord("AND", "( x1 x2 -- x3 )")]
    public static void And(Machine m)
    {
        long x2 = m.Pop();
        m.Poke(0, m.Peek() & x2);
    }

    [ForthWord("OR", "( x1 x2 -- x3 )")]
    public static void Or(Machine m)
    {
        long x2 = m.Pop();
        m.Poke(0, m.Peek() | x2);
    }

    [ForthWord("XOR", "( x1 x2 -- x3 )")]
    public static void Xor(Machine m)
    {
        long x2 = m.Pop();
        m.Poke(0, m.Peek() ^ x2);
    }

    /// <summary>Bitwise, as in the C StarForth and Forth-83 (5 NOT is -6); ANS code uses INVERT or 0=.</summary>
    [ForthWord("NOT", "( x1 -- x2 )")]
    public static void Not(Machine m) => m.Poke(0, ~m.Peek());

    [ForthWord("INVERT", "( x1 -- x2 )")]
    public static void Invert(Machine m) => m.Poke(0, ~m.Peek());

    [ForthWord("LSHIFT", "( x1 u -- x2 )")]
    public static void LShift(Machine m)
    {
        long u = m.Pop();
        m.Poke(0, (ulong)u >= 64 ? 0 : m.Peek() << (int)u);
    }

    [ForthWord("RSHIFT", "( x1 u -- x2 )")]
    public static void RShift(Machine m)
    {
        long u = m.Pop();
        m.Poke(0, (ulong)u >= 64 ? 0 : (long)((ulong)m.Peek() >> (int)u));
    }

    [ForthWord("0=", "( x -- flag )")]
    public static void ZeroEquals(Machine m) => m.Poke(0, Flag(m.Peek() == 0));

    [ForthWord("0<", "( n -- flag )")]
    public static void ZeroLess(Machine m) => m.Poke(0, Flag(m.Peek() < 0));

    [ForthWord("0>", "( n -- flag )")]
    public static void ZeroGreater(Machine m) => m.Poke(0, Flag(m.Peek() > 0));

    [ForthWord("0<>", "( x -- flag )")]
    public static void ZeroNotEquals(Machine m) => m.Poke(0, Flag(m.Peek() != 0));

    [ForthWord("=", "( x1 x2 -- flag )")]
    public static void EqualsWord(Machine m)
    {
        long x2 = m.Pop();
        m.Poke(0, Flag(m.Peek() == x2));
    }

    [ForthWord("<>", "( x1 x2 -- flag )")]
    public static void NotEquals(Machine m)
    {
        long x2 = m.Pop();
        m.Poke(0, Flag(m.Peek() != x2));
    }

    [ForthWord("<", "( n1 n2 -- flag )")]
    public static void Less(Machine m)
    {
        long n2 = m.Pop();
        m.Poke(0, Flag(m.Peek() < n2));
    }

    [ForthWord(">", "( n1 n2 -- flag )")]
    public static void Greater(Machine m)
    {
        long n2 = m.Pop();
        m.Poke(0, Flag(m.Peek() > n2));
    }

    [ForthWord("U<", "( u1 u2 -- flag )")]
    public static void ULess(Machine m)
    {
        ulong u2 = (ulong)m.Pop();
        m.Poke(0, Flag((ulong)m.Peek() < u2));
    }

    [ForthWord("U>", "( u1 u2 -- flag )")]
    public static void UGreater(Machine m)
    {
        ulong u2 = (ulong)m.Pop();
        m.Poke(0, Flag((ulong)m.Peek() > u2));
    }

    /// <summary>ANS WITHIN: true when n2 &lt;= n1 &lt; n3 on the number circle, so it works for signed and unsigned ranges.</summary>
    [ForthWord("WITHIN", "( n1 n2 n3 -- flag )")]
    public static void Within(Machine m)
    {
        long n3 = m.Pop();
        long n2 = m.Pop();
        long n1 = m.Peek();
        m.Poke(0, Flag(unchecked((ulong)(n1 - n2) < (ulong)(n3 - n2))));
    }

    [ForthWord("TRUE", "( -- true )")]
    public static void True(Machine m) => m.Push(-1);

    [ForthWord("FALSE", "( -- false )")]
    public static void False(Machine m) => m.Push(0);

    private static long Flag(bool condition) => condition ? -1 : 0;
}
