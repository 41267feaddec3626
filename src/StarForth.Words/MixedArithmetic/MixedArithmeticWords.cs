namespace StarForth.Words;

/// <summary>
/// Arithmetic mixing single and double cells: products that need two cells and divisions of a double by a cell.
/// MOD, /MOD, */ and */MOD are registered here a second time in the C dictionary; ArithmeticWords binds both ids.
/// </summary>
public static class MixedArithmeticWords
{
    [ForthWord("M+", "( d1 n -- d2 )")]
    public static void MPlus(Machine m)
    {
        long n = m.Stack.Pop();
        DoubleNumber.Pop(m, out ulong low, out long high);
        DoubleNumber.Add(ref low, ref high, (ulong)n, n < 0 ? -1 : 0);
        DoubleNumber.Push(m, low, high);
    }

    [ForthWord("M-", "( d1 n -- d2 )")]
    public static void MMinus(Machine m)
    {
        long n = m.Stack.Pop();
        DoubleNumber.Pop(m, out ulong low, out long high);
        ulong negatedLow = (ulong)n;
        long negatedHigh = n < 0 ? -1 : 0;
        DoubleNumber.Negate(ref negatedLow, ref negatedHigh);
        DoubleNumber.Add(ref low, ref high, negatedLow, negatedHigh);
        DoubleNumber.Push(m, low, high);
    }

    [ForthWord("M*", "( n1 n2 -- d )")]
    public static void MStar(Machine m)
    {
        long n2 = m.Stack.Pop();
        long n1 = m.Stack.Pop();
        DoubleCell.MultiplyUnsigned(DoubleCell.Magnitude(n1), DoubleCell.Magnitude(n2), out ulong low, out ulong high);
        long signedHigh = (long)high;
        if ((n1 < 0) != (n2 < 0))
        {
            DoubleNumber.Negate(ref low, ref signedHigh);
        }
        DoubleNumber.Push(m, low, signedHigh);
    }

    /// <summary>FORTH-79 reference M/MOD: unsigned, with a double quotient, so it never overflows.</summary>
    [ForthWord("M/MOD", "( ud1 u2 -- u3 ud4 )")]
    public static void MSlashMod(Machine m)
    {
        ulong divisor = (ulong)m.Stack.Peek(0);
        if (divisor == 0)
        {
            m.Throw(ThrowCode.DivisionByZero);
            return;
        }
        m.Stack.Pop();
        ulong high = (ulong)m.Stack.Pop();
        ulong low = (ulong)m.Stack.Pop();
        ulong remainder = DoubleNumber.DivideInPlace(ref low, ref high, divisor);
        m.Stack.Push((long)remainder);
        m.Stack.Push((long)low);
        m.Stack.Push((long)high);
    }

    [ForthWord("UM*", "( u1 u2 -- ud )")]
    public static void UMStar(Machine m)
    {
        ulong u2 = (ulong)m.Stack.Pop();
        ulong u1 = (ulong)m.Stack.Pop();
        DoubleCell.MultiplyUnsigned(u1, u2, out ulong low, out ulong high);
        m.Stack.Push((long)low);
        m.Stack.Push((long)high);
    }

    /// <summary>The FORTH-79 name of UM*.</summary>
    [ForthWord("U*", "( u1 u2 -- ud )")]
    public static void UStar(Machine m) => UMStar(m);

    [ForthWord("UM/MOD", "( ud u1 -- u2 u3 )")]
    public static void UMSlashMod(Machine m)
    {
        ulong divisor = (ulong)m.Stack.Peek(0);
        if (divisor == 0)
        {
            m.Throw(ThrowCode.DivisionByZero);
            return;
        }
        if (!DoubleCell.DivideUnsigned((ulong)m.Stack.Peek(2), (ulong)m.Stack.Peek(1), divisor, out ulong quotient, out ulong remainder))
        {
            m.Throw(ThrowCode.ResultOutOfRange);
            return;
        }
        m.Stack.Pop();
        m.Stack.Poke(0, (long)quotient);
        m.Stack.Poke(1, (long)remainder);
    }

    /// <summary>The FORTH-79 name of UM/MOD.</summary>
    [ForthWord("U/MOD", "( ud u1 -- u2 u3 )")]
    public static void USlashMod(Machine m) => UMSlashMod(m);

    [ForthWord("SM/REM", "( d1 n1 -- n2 n3 )")]
    public static void SMSlashRem(Machine m)
    {
        if (DoubleNumber.SymmetricDivide(m, (ulong)m.Stack.Peek(2), m.Stack.Peek(1), m.Stack.Peek(0), out long quotient, out long remainder))
        {
            m.Stack.Pop();
            m.Stack.Poke(0, quotient);
            m.Stack.Poke(1, remainder);
        }
    }

    [ForthWord("FM/MOD", "( d1 n1 -- n2 n3 )")]
    public static void FMSlashMod(Machine m)
    {
        if (DoubleNumber.FlooredDivide(m, (ulong)m.Stack.Peek(2), m.Stack.Peek(1), m.Stack.Peek(0), out long quotient, out long remainder))
        {
            m.Stack.Pop();
            m.Stack.Poke(0, quotient);
            m.Stack.Poke(1, remainder);
        }
    }
}
