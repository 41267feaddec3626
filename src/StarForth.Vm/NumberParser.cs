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
