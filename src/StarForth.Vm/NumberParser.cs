namespace StarForth;

/// <summary>
/// Number conversion for the outer interpreter: digits in BASE (2..36) with an optional leading minus, plus
/// the Forth-2012 prefixes # (decimal), $ (hex), % (binary) and the character literal 'c'.
/// </summary>
public static class NumberParser
{
    public static bool TryParse(System.ReadOnlySpan<byte> text, long numberBase, out long value)
    {
        value = 0;
        if (text.Length == 3 && text[0] == (byte)'\'' && text[2] == (byte)'\'')
        {
            value = text[1];
            return true;
        }
        int position = 0;
        if (position < text.Length)
        {
            switch (text[position])
            {
                case (byte)'#': numberBase = 10; position++; break;
                case (byte)'$': numberBase = 16; position++; break;
                case (byte)'%': numberBase = 2; position++; break;
            }
        }
        bool negative = false;
        if (position < text.Length && text[position] == (byte)'-')
        {
            negative = true;
            position++;
        }
        if (position >= text.Length || numberBase < 2 || numberBase > 36)
        {
            return false;
        }
        ulong magnitude = 0;
        for (; position < text.Length; position++)
        {
            int digit = DigitValue(text[position]);
            if (digit < 0 || digit >= numberBase)
            {
                return false;
            }
            // Cells wrap like the arithmetic does: 18446744073709551615 reads as -1.
            magnitude = unchecked(magnitude * (ulong)numberBase + (ulong)digit);
        }
        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>
    /// A double-cell literal (Forth-2012 8.3.1, extended as common systems do): a number with a '.' anywhere after
    /// its prefix and sign, in any BASE; the dots are ignored. 128-bit arithmetic by hand: the kernel has no Int128.
    /// </summary>
    public static bool TryParseDouble(System.ReadOnlySpan<byte> text, long numberBase, out long low, out long high)
    {
        low = 0;
        high = 0;
        int position = 0;
        if (position < text.Length)
        {
            switch (text[position])
            {
                case (byte)'#': numberBase = 10; position++; break;
                case (byte)'$': numberBase = 16; position++; break;
                case (byte)'%': numberBase = 2; position++; break;
            }
        }
        bool negative = position < text.Length && text[position] == (byte)'-';
        if (negative)
        {
            position++;
        }
        if (numberBase < 2 || numberBase > 36)
        {
            return false;
        }
        bool sawDot = false;
        bool sawDigit = false;
        ulong lowCell = 0;
        ulong highCell = 0;
        for (; position < text.Length; position++)
        {
            if (text[position] == (byte)'.')
            {
                sawDot = true;
                continue;
            }
            int digit = DigitValue(text[position]);
            if (digit < 0 || digit >= numberBase)
            {
                return false;
            }
            sawDigit = true;
            MultiplyAdd(ref lowCell, ref highCell, (ulong)numberBase, (ulong)digit);
        }
        if (!sawDot || !sawDigit)
        {
            return false;
        }
        if (negative)
        {
            lowCell = unchecked(0UL - lowCell);
            highCell = unchecked(~highCell + (lowCell == 0 ? 1UL : 0UL));
        }
        low = (long)lowCell;
        high = (long)highCell;
        return true;
    }

    /// <summary>(high:low) = (high:low) * factor + addend, wrapping at 128 bits; factor and addend below 2^32.</summary>
    private static void MultiplyAdd(ref ulong low, ref ulong high, ulong factor, ulong addend)
    {
        ulong lowHalf = (low & 0xFFFFFFFFUL) * factor + addend;
        ulong highHalf = (low >> 32) * factor + (lowHalf >> 32);
        low = (highHalf << 32) | (lowHalf & 0xFFFFFFFFUL);
        high = unchecked(high * factor + (highHalf >> 32));
    }

    /// <summary>The value of an ASCII digit or letter (either case), or -1.</summary>
    public static int DigitValue(byte c)
    {
        if (c >= (byte)'0' && c <= (byte)'9')
        {
            return c - '0';
        }
        byte upper = WordLookup.AsciiUpper(c);
        if (upper >= (byte)'A' && upper <= (byte)'Z')
        {
            return upper - 'A' + 10;
        }
        return -1;
    }
}
