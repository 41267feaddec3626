namespace StarForth.Words;

/// <summary>Bitwise logic and comparisons; a true flag is all bits set (-1).</summary>
public static class LogicalWords
{
    [ForthWord("AND", "( x1 x2 -- x3 )")]
    public static long And(long x1, long x2) => x1 & x2;

    [ForthWord("OR", "( x1 x2 -- x3 )")]
    public static long Or(long x1, long x2) => x1 | x2;

    [ForthWord("XOR", "( x1 x2 -- x3 )")]
    public static long Xor(long x1, long x2) => x1 ^ x2;

    /// <summary>Bitwise, as in the C StarForth and Forth-83 (5 NOT is -6); ANS code uses INVERT or 0=.</summary>
    [ForthWord("NOT", "( x1 -- x2 )")]
    public static long Not(long x1) => ~x1;

    [ForthWord("INVERT", "( x1 -- x2 )")]
    public static long Invert(long x1) => ~x1;

    [ForthWord("LSHIFT", "( x1 u -- x2 )")]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // no call left in the inner loop
    public static long LShift(long x1, long u) => (ulong)u >= 64 ? 0 : x1 << (int)u;

    [ForthWord("RSHIFT", "( x1 u -- x2 )")]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // no call left in the inner loop
    public static long RShift(long x1, long u) => (ulong)u >= 64 ? 0 : (long)((ulong)x1 >> (int)u);

    [ForthWord("0=", "( x -- flag )")]
    public static bool ZeroEquals(long x) => x == 0;

    [ForthWord("0<", "( n -- flag )")]
    public static bool ZeroLess(long n) => n < 0;

    [ForthWord("0>", "( n -- flag )")]
    public static bool ZeroGreater(long n) => n > 0;

    [ForthWord("0<>", "( x -- flag )")]
    public static bool ZeroNotEquals(long x) => x != 0;

    [ForthWord("=", "( x1 x2 -- flag )")]
    public static bool EqualsWord(long x1, long x2) => x1 == x2;

    [ForthWord("<>", "( x1 x2 -- flag )")]
    public static bool NotEquals(long x1, long x2) => x1 != x2;

    [ForthWord("<", "( n1 n2 -- flag )")]
    public static bool Less(long n1, long n2) => n1 < n2;

    [ForthWord(">", "( n1 n2 -- flag )")]
    public static bool Greater(long n1, long n2) => n1 > n2;

    [ForthWord("U<", "( u1 u2 -- flag )")]
    public static bool ULess(long u1, long u2) => (ulong)u1 < (ulong)u2;

    [ForthWord("U>", "( u1 u2 -- flag )")]
    public static bool UGreater(long u1, long u2) => (ulong)u1 > (ulong)u2;

    /// <summary>ANS WITHIN: true when n2 &lt;= n1 &lt; n3 on the number circle, so it works for signed and unsigned ranges.</summary>
    [ForthWord("WITHIN", "( n1 n2 n3 -- flag )")]
    public static bool Within(long n1, long n2, long n3) => unchecked((ulong)(n1 - n2) < (ulong)(n3 - n2));

    [ForthWord("TRUE", "( -- true )")]
    public static long True() => -1;

    [ForthWord("FALSE", "( -- false )")]
    public static long False() => 0;
}
