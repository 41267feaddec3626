namespace StarForth.Words;

/// <summary>
/// 128-bit intermediate arithmetic for */ and friends, written out by hand because the kernel's runtime has
/// no Int128 or Math.BigMul.
/// </summary>
public static class DoubleCell
{
    /// <summary>Unsigned 64 x 64 -> 128 multiplication.</summary>
    public static void MultiplyUnsigned(ulong a, ulong b, out ulong low, out ulong high)
    {
        ulong aLow = (uint)a, aHigh = a >> 32, bLow = (uint)b, bHigh = b >> 32;
        ulong lowLow = aLow * bLow;
        ulong highLow = aHigh * bLow;
        ulong lowHigh = aLow * bHigh;
        ulong highHigh = aHigh * bHigh;
        ulong middle = (lowLow >> 32) + (uint)highLow + (uint)lowHigh;
        low = (middle << 32) | (uint)lowLow;
        high = highHigh + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32);
    }

    /// <summary>Unsigned 128 / 64 division by shift and subtract. False when the quotient does not fit 64 bits.</summary>
    public static bool DivideUnsigned(ulong low, ulong high, ulong divisor, out ulong quotient, out ulong remainder)
    {
        quotient = 0;
        remainder = 0;
        if (high >= divisor)
        {
            return false;
        }
        ulong rest = high;
        for (int bit = 63; bit >= 0; bit--)
        {
            bool carry = (rest >> 63) != 0;
            rest = (rest << 1) | ((low >> bit) & 1);
            if (carry || rest >= divisor)
            {
                rest -= divisor;
                quotient |= 1UL << bit;
            }
        }
        remainder = rest;
        return true;
    }

    /// <summary>
    /// n1*n2/n3 with a 128-bit product, truncating (symmetric) like / does.
    /// Fails with -10 for a zero divisor and -11 when the quotient does not fit a cell.
    /// </summary>
    public static bool MultiplyDivide(long n1, long n2, long n3, out long quotient, out long remainder, out int error)
    {
        quotient = 0;
        remainder = 0;
        if (n3 == 0)
        {
            error = ThrowCode.DivisionByZero;
            return false;
        }
        bool productNegative = (n1 < 0) != (n2 < 0);
        MultiplyUnsigned(Magnitude(n1), Magnitude(n2), out ulong low, out ulong high);
        if (!DivideUnsigned(low, high, Magnitude(n3), out ulong q, out ulong r))
        {
            error = ThrowCode.ResultOutOfRange;
            return false;
        }
        bool quotientNegative = productNegative != (n3 < 0);
        if (q > (quotientNegative ? 0x8000000000000000UL : 0x7FFFFFFFFFFFFFFFUL))
        {
            error = ThrowCode.ResultOutOfRange;
            return false;
        }
        quotient = quotientNegative ? unchecked(-(long)q) : (long)q;
        remainder = productNegative ? unchecked(-(long)r) : (long)r;
        error = 0;
        return true;
    }

    public static ulong Magnitude(long n) => n < 0 ? unchecked((ulong)(-n)) : (ulong)n;
}
