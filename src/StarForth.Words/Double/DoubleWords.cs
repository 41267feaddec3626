namespace StarForth.Words;

/// <summary>Double-cell numbers: low cell below, high cell on top (2DROP 2DUP 2SWAP 2OVER live with the stack words).</summary>
public static class DoubleWords
{
    [ForthWord("S>D", "( n -- d )")]
    public static void SToD(Machine m) => m.Stack.Push(m.Stack.Peek() < 0 ? -1 : 0);

    [ForthWord("D+", "( d1 d2 -- d3 )")]
    public static void DPlus(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low2, out long high2);
        DoubleNumber.Pop(m, out ulong low, out long high);
        DoubleNumber.Add(ref low, ref high, low2, high2);
        DoubleNumber.Push(m, low, high);
    }

    [ForthWord("D-", "( d1 d2 -- d3 )")]
    public static void DMinus(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low2, out long high2);
        DoubleNumber.Pop(m, out ulong low, out long high);
        DoubleNumber.Negate(ref low2, ref high2);
        DoubleNumber.Add(ref low, ref high, low2, high2);
        DoubleNumber.Push(m, low, high);
    }

    [ForthWord("DNEGATE", "( d1 -- d2 )")]
    public static void DNegate(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low, out long high);
        DoubleNumber.Negate(ref low, ref high);
        DoubleNumber.Push(m, low, high);
    }

    [ForthWord("DABS", "( d -- ud )")]
    public static void DAbs(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low, out long high);
        if (high < 0)
        {
            DoubleNumber.Negate(ref low, ref high);
        }
        DoubleNumber.Push(m, low, high);
    }

    [ForthWord("DMAX", "( d1 d2 -- d3 )")]
    public static void DMax(Machine m) => KeepOne(m, wantGreater: true);

    [ForthWord("DMIN", "( d1 d2 -- d3 )")]
    public static void DMin(Machine m) => KeepOne(m, wantGreater: false);

    private static void KeepOne(Machine m, bool wantGreater)
    {
        DoubleNumber.Pop(m, out ulong low2, out long high2);
        DoubleNumber.Pop(m, out ulong low1, out long high1);
        int order = DoubleNumber.Compare(low1, high1, low2, high2);
        bool first = wantGreater ? order >= 0 : order <= 0;
        DoubleNumber.Push(m, first ? low1 : low2, first ? high1 : high2);
    }

    [ForthWord("D<", "( d1 d2 -- flag )")]
    public static void DLess(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low2, out long high2);
        DoubleNumber.Pop(m, out ulong low1, out long high1);
        m.Stack.PushFlag(DoubleNumber.Compare(low1, high1, low2, high2) < 0);
    }

    [ForthWord("DU<", "( ud1 ud2 -- flag )")]
    public static void DULess(Machine m)
    {
        ulong high2 = (ulong)m.Stack.Pop();
        ulong low2 = (ulong)m.Stack.Pop();
        ulong high1 = (ulong)m.Stack.Pop();
        ulong low1 = (ulong)m.Stack.Pop();
        m.Stack.PushFlag(high1 < high2 || (high1 == high2 && low1 < low2));
    }

    [ForthWord("D=", "( d1 d2 -- flag )")]
    public static void DEquals(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low2, out long high2);
        DoubleNumber.Pop(m, out ulong low1, out long high1);
        m.Stack.PushFlag(low1 == low2 && high1 == high2);
    }

    [ForthWord("D0=", "( d -- flag )")]
    public static void DZeroEquals(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low, out long high);
        m.Stack.PushFlag(low == 0 && high == 0);
    }

    [ForthWord("D0<", "( d -- flag )")]
    public static void DZeroLess(Machine m)
    {
        DoubleNumber.Pop(m, out _, out long high);
        m.Stack.PushFlag(high < 0);
    }

    [ForthWord("D2*", "( xd1 -- xd2 )")]
    public static void DTwoStar(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low, out long high);
        DoubleNumber.Push(m, low << 1, (high << 1) | (long)(low >> 63));
    }

    [ForthWord("D2/", "( xd1 -- xd2 )")]
    public static void DTwoSlash(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low, out long high);
        DoubleNumber.Push(m, (low >> 1) | ((ulong)high << 63), high >> 1);
    }

    [ForthWord("2ROT", "( x1 x2 x3 x4 x5 x6 -- x3 x4 x5 x6 x1 x2 )")]
    public static void TwoRot(Machine m)
    {
        long x1 = m.Stack.Peek(5);
        long x2 = m.Stack.Peek(4);
        for (int i = 5; i >= 2; i--)
        {
            m.Stack.Poke(i, m.Stack.Peek(i - 2));
        }
        m.Stack.Poke(1, x1);
        m.Stack.Poke(0, x2);
    }

    [ForthWord("2>R", "( x1 x2 -- ) ( R: -- x1 x2 )")]
    public static void TwoToR(Machine m)
    {
        if (m.Stack.Depth < 2)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long x2 = m.Stack.Pop();
        m.ReturnStack.Push(m.Stack.Pop());
        m.ReturnStack.Push(x2);
    }

    [ForthWord("2R>", "( -- x1 x2 ) ( R: x1 x2 -- )")]
    public static void TwoRFrom(Machine m)
    {
        if (m.ReturnStack.Depth < 2)
        {
            m.Throw(ThrowCode.ReturnStackUnderflow);
            return;
        }
        long x2 = m.ReturnStack.Pop();
        m.Stack.Push(m.ReturnStack.Pop());
        m.Stack.Push(x2);
    }

    [ForthWord("2R@", "( -- x1 x2 ) ( R: x1 x2 -- x1 x2 )")]
    public static void TwoRFetch(Machine m)
    {
        long x2 = m.ReturnStack.Peek(0);
        long x1 = m.ReturnStack.Peek(1);
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(x1);
            m.Stack.Push(x2);
        }
    }

    [ForthWord("2CONSTANT", "( x1 x2 \"name\" -- )")]
    public static void TwoConstant(Machine m)
    {
        long x2 = m.Stack.Peek(0);
        long x1 = m.Stack.Peek(1);
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.TwoConstant) < 0)
        {
            return;
        }
        m.Stack.Pop();
        m.Stack.Pop();
        m.DataSpace.CommaCell(x2);
        m.DataSpace.CommaCell(x1);
    }

    [ForthWord("2VARIABLE", "( \"name\" -- )")]
    public static void TwoVariable(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.Create) >= 0)
        {
            m.DataSpace.CommaCell(0);
            m.DataSpace.CommaCell(0);
        }
    }

    [ForthWord("2VALUE", "( x1 x2 \"name\" -- )")]
    public static void TwoValue(Machine m)
    {
        long x2 = m.Stack.Peek(0);
        long x1 = m.Stack.Peek(1);
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.TwoValue) < 0)
        {
            return;
        }
        m.Stack.Pop();
        m.Stack.Pop();
        m.DataSpace.CommaCell(x2);
        m.DataSpace.CommaCell(x1);
    }

    [ForthWord("2LITERAL", "( C: x1 x2 -- ) ( -- x1 x2 )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void TwoLiteral(Machine m)
    {
        if (m.Stack.Depth < 2)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long x2 = m.Stack.Pop();
        m.Compiler.CompileLiteral(m.Stack.Pop());
        m.Compiler.CompileLiteral(x2);
    }

    /// <summary>The low cell; a double outside a cell's range is an ambiguous condition the standard leaves open.</summary>
    [ForthWord("D>S", "( d -- n )")]
    public static void DToS(Machine m)
    {
        m.Stack.Pop();
    }

    /// <summary>
    /// M*/: d1*n1/n2 through a 192-bit product, truncating toward zero like the standard's test cases expect.
    /// -10 for a zero divisor, -11 when the quotient does not fit a double.
    /// </summary>
    [ForthWord("M*/", "( d1 n1 +n2 -- d2 )")]
    public static void MStarSlash(Machine m)
    {
        if (m.Stack.Depth < 4)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long divisor = m.Stack.Pop();
        long factor = m.Stack.Pop();
        DoubleNumber.Pop(m, out ulong low, out long high);
        if (divisor == 0)
        {
            m.Throw(ThrowCode.DivisionByZero);
            return;
        }
        bool negative = (high < 0) != (factor < 0) != (divisor < 0);
        if (high < 0)
        {
            DoubleNumber.Negate(ref low, ref high);
        }
        ulong magnitudeFactor = DoubleCell.Magnitude(factor);
        ulong magnitudeDivisor = DoubleCell.Magnitude(divisor);
        DoubleCell.MultiplyUnsigned(low, magnitudeFactor, out ulong word0, out ulong carry);
        DoubleCell.MultiplyUnsigned((ulong)high, magnitudeFactor, out ulong middle, out ulong word2);
        ulong word1 = unchecked(middle + carry);
        if (word1 < middle)
        {
            word2++;
        }
        if (!DoubleCell.DivideUnsigned(word1, word2, magnitudeDivisor, out ulong quotientHigh, out ulong rest)
            || !DoubleCell.DivideUnsigned(word0, rest, magnitudeDivisor, out ulong quotientLow, out _)
            || quotientHigh > (negative && quotientLow == 0 ? 0x8000000000000000UL : 0x7FFFFFFFFFFFFFFFUL))
        {
            m.Throw(ThrowCode.ResultOutOfRange);
            return;
        }
        long resultHigh = (long)quotientHigh;
        if (negative)
        {
            DoubleNumber.Negate(ref quotientLow, ref resultHigh);
        }
        DoubleNumber.Push(m, quotientLow, resultHigh);
    }
}
