namespace StarForth.Words;

/// <summary>
/// Single-cell arithmetic. Cells wrap on overflow (two's complement). Division is symmetric (truncating toward
/// zero), as in the C StarForth; FM/MOD gives floored division.
/// </summary>
public static class ArithmeticWords
{
    [ForthWord("+", "( n1 n2 -- n3 )")]
    public static long Plus(long n1, long n2) => unchecked(n1 + n2);

    [ForthWord("-", "( n1 n2 -- n3 )")]
    public static long Minus(long n1, long n2) => unchecked(n1 - n2);

    [ForthWord("*", "( n1 n2 -- n3 )")]
    public static long Times(long n1, long n2) => unchecked(n1 * n2);

    [ForthWord("/", "( n1 n2 -- n3 )")]
    public static void Divide(Machine m)
    {
        long n2 = m.Stack.Pop();
        if (!QuotientOutOfRange(m, m.Stack.Peek(), n2) && SymmetricDivide(m, m.Stack.Peek(), n2, out long quotient, out _))
        {
            m.Stack.Poke(0, quotient);
        }
    }

    [ForthWord("MOD", "( n1 n2 -- n3 )", Id = 29)]
    [ForthWord("MOD", "( n1 n2 -- n3 )")]
    public static void Mod(Machine m)
    {
        long n2 = m.Stack.Pop();
        if (SymmetricDivide(m, m.Stack.Peek(), n2, out _, out long remainder))
        {
            m.Stack.Poke(0, remainder);
        }
    }

    [ForthWord("/MOD", "( n1 n2 -- n3 n4 )", Id = 30)]
    [ForthWord("/MOD", "( n1 n2 -- n3 n4 )")]
    public static void SlashMod(Machine m)
    {
        long n2 = m.Stack.Peek(0);
        if (!QuotientOutOfRange(m, m.Stack.Peek(1), n2) && SymmetricDivide(m, m.Stack.Peek(1), n2, out long quotient, out long remainder))
        {
            m.Stack.Poke(1, remainder);
            m.Stack.Poke(0, quotient);
        }
    }

    [ForthWord("*/", "( n1 n2 n3 -- n4 )", Id = 31)]
    [ForthWord("*/", "( n1 n2 n3 -- n4 )")]
    public static void StarSlash(Machine m)
    {
        long n3 = m.Stack.Peek(0);
        if (DoubleCell.MultiplyDivide(m.Stack.Peek(2), m.Stack.Peek(1), n3, out long quotient, out _, out int error))
        {
            m.Stack.Pop();
            m.Stack.Pop();
            m.Stack.Poke(0, quotient);
        }
        else
        {
            m.Throw(error);
        }
    }

    [ForthWord("*/MOD", "( n1 n2 n3 -- n4 n5 )", Id = 32)]
    [ForthWord("*/MOD", "( n1 n2 n3 -- n4 n5 )")]
    public static void StarSlashMod(Machine m)
    {
        long n3 = m.Stack.Peek(0);
        if (DoubleCell.MultiplyDivide(m.Stack.Peek(2), m.Stack.Peek(1), n3, out long quotient, out long remainder, out int error))
        {
            m.Stack.Pop();
            m.Stack.Poke(1, remainder);
            m.Stack.Poke(0, quotient);
        }
        else
        {
            m.Throw(error);
        }
    }

    [ForthWord("1+", "( n1 -- n2 )")]
    public static long OnePlus(long n1) => unchecked(n1 + 1);

    [ForthWord("1-", "( n1 -- n2 )")]
    public static long OneMinus(long n1) => unchecked(n1 - 1);

    [ForthWord("2+", "( n1 -- n2 )")]
    public static long TwoPlus(long n1) => unchecked(n1 + 2);

    [ForthWord("2-", "( n1 -- n2 )")]
    public static long TwoMinus(long n1) => unchecked(n1 - 2);

    [ForthWord("2*", "( x1 -- x2 )")]
    public static long TwoStar(long x1) => x1 << 1;

    [ForthWord("2/", "( x1 -- x2 )")]
    public static long TwoSlash(long x1) => x1 >> 1;

    [ForthWord("ABS", "( n -- u )")]
    public static long Abs(long n) => n < 0 ? unchecked(-n) : n;

    [ForthWord("NEGATE", "( n1 -- n2 )")]
    public static long Negate(long n1) => unchecked(-n1);

    [ForthWord("MIN", "( n1 n2 -- n3 )")]
    public static long Min(long n1, long n2) => n2 < n1 ? n2 : n1;

    [ForthWord("MAX", "( n1 n2 -- n3 )")]
    public static long Max(long n1, long n2) => n2 > n1 ? n2 : n1;

    /// <summary>MIN-INT -1 / has no single-cell quotient: -11, as */ FM/MOD and SM/REM give (MOD's remainder, 0, is fine).</summary>
    private static bool QuotientOutOfRange(Machine m, long dividend, long divisor)
    {
        if (divisor != -1 || dividend != long.MinValue)
        {
            return false;
        }
        m.Throw(ThrowCode.ResultOutOfRange);
        return true;
    }

    /// <summary>Truncating division; -10 for a zero divisor. The most negative cell divided by -1 wraps instead of trapping.</summary>
    public static bool SymmetricDivide(Machine m, long dividend, long divisor, out long quotient, out long remainder)
    {
        if (divisor == 0)
        {
            m.Throw(ThrowCode.DivisionByZero);
            quotient = 0;
            remainder = 0;
            return false;
        }
        if (divisor == -1)
        {
            quotient = unchecked(-dividend);
            remainder = 0;
            return true;
        }
        quotient = dividend / divisor;
        remainder = dividend % divisor;
        return true;
    }
}
