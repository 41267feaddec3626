namespace StarForth.Words;

/// <summary>
/// A double-cell number as Forth keeps it on the stack: the low cell below, the high (signed) cell on top.
/// The arithmetic is written out by hand because StarKernel's runtime has no Int128.
/// </summary>
public static class DoubleNumber
{
    /// <summary>Pops a double: the high cell first (it is on top).</summary>
    public static void Pop(Machine m, out ulong low, out long high)
    {
        high = m.Stack.Pop();
        low = (ulong)m.Stack.Pop();
    }

    public static void Push(Machine m, ulong low, long high)
    {
        m.Stack.Push((long)low);
        m.Stack.Push(high);
    }

    public static void Negate(ref ulong low, ref long high)
    {
        low = unchecked(0UL - low);
        high = unchecked(~high + (low == 0 ? 1 : 0));
    }

    public static void Add(ref ulong low, ref long high, ulong addLow, long addHigh)
    {
        ulong sum = unchecked(low + addLow);
        high = unchecked(high + addHigh + (sum < low ? 1 : 0));
        low = sum;
    }

    /// <summary>Signed comparison of two doubles: negative, zero or positive.</summary>
    public static int Compare(ulong low1, long high1, ulong low2, long high2)
    {
        if (high1 != high2)
        {
            return high1 < high2 ? -1 : 1;
        }
        return low1 == low2 ? 0 : low1 < low2 ? -1 : 1;
    }

    /// <summary>Divides an unsigned double by a cell in place, for # and M/MOD; returns the remainder.</summary>
    public static ulong DivideInPlace(ref ulong low, ref ulong high, ulong divisor)
    {
        ulong highRemainder = high % divisor;
        high /= divisor;
        DoubleCell.DivideUnsigned(low, highRemainder, divisor, out ulong quotient, out ulong remainder);
        low = quotient;
        return remainder;
    }

    /// <summary>
    /// SM/REM: symmetric division of a double by a cell. -10 for a zero divisor, -11 when the quotient does not fit.
    /// </summary>
    public static bool SymmetricDivide(Machine m, ulong low, long high, long divisor, out long quotient, out long remainder)
    {
        quotient = 0;
        remainder = 0;
        if (divisor == 0)
        {
            m.Throw(ThrowCode.DivisionByZero);
            return false;
        }
        bool dividendNegative = high < 0;
        if (dividendNegative)
        {
            Negate(ref low, ref high);
        }
        if (!DoubleCell.DivideUnsigned(low, (ulong)high, DoubleCell.Magnitude(divisor), out ulong q, out ulong r))
        {
            m.Throw(ThrowCode.ResultOutOfRange);
            return false;
        }
        bool quotientNegative = dividendNegative != (divisor < 0);
        if (q > (quotientNegative ? 0x8000000000000000UL : 0x7FFFFFFFFFFFFFFFUL))
        {
            m.Throw(ThrowCode.ResultOutOfRange);
            return false;
        }
        quotient = quotientNegative ? unchecked(-(long)q) : (long)q;
        remainder = dividendNegative ? unchecked(-(long)r) : (long)r;
        return true;
    }

    /// <summary>FM/MOD: floored division; the remainder takes the divisor's sign.</summary>
    public static bool FlooredDivide(Machine m, ulong low, long high, long divisor, out long quotient, out long remainder)
    {
        if (!SymmetricDivide(m, low, high, divisor, out quotient, out remainder))
        {
            return false;
        }
        if (remainder != 0 && (remainder < 0) != (divisor < 0))
        {
            if (quotient == long.MinValue)
            {
                m.Throw(ThrowCode.ResultOutOfRange);
                return false;
            }
            quotient--;
            remainder = unchecked(remainder + divisor);
        }
        return true;
    }
}
