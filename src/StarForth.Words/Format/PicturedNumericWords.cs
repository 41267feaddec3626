namespace StarForth.Words;

/// <summary>
/// Pictured numeric output: &lt;# starts a picture in the hold area below PAD, # and #S convert digits of an
/// unsigned double in BASE from the right, HOLD/HOLDS/SIGN insert characters, #&gt; hands back the text.
/// </summary>
public static class PicturedNumericWords
{
    [ForthWord("<#", "( -- )")]
    public static void LessNumberSign(Machine m) => m.Output.BeginPicture();

    [ForthWord("#", "( ud1 -- ud2 )")]
    public static void NumberSign(Machine m)
    {
        ulong high = (ulong)m.Stack.Peek(0);
        ulong low = (ulong)m.Stack.Peek(1);
        if (HoldDigit(m, ref low, ref high))
        {
            m.Stack.Poke(1, (long)low);
            m.Stack.Poke(0, (long)high);
        }
    }

    [ForthWord("#S", "( ud1 -- ud2 )")]
    public static void NumberSignS(Machine m)
    {
        ulong high = (ulong)m.Stack.Peek(0);
        ulong low = (ulong)m.Stack.Peek(1);
        do
        {
            if (!HoldDigit(m, ref low, ref high))
            {
                return;
            }
        }
        while (low != 0 || high != 0);
        m.Stack.Poke(1, 0);
        m.Stack.Poke(0, 0);
    }

    /// <summary>Divides the double by BASE and holds the remainder's digit; false after -24 (bad BASE) or -17.</summary>
    public static bool HoldDigit(Machine m, ref ulong low, ref ulong high)
    {
        long numberBase = m.Arena.Base;
        if (numberBase < 2 || numberBase > 36)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return false;
        }
        int digit = (int)DoubleNumber.DivideInPlace(ref low, ref high, (ulong)numberBase);
        m.Output.Hold((byte)(digit < 10 ? '0' + digit : 'A' + digit - 10));
        return m.ThrowCode == 0;
    }

    [ForthWord("#>", "( xd -- c-addr u )")]
    public static void NumberSignGreater(Machine m)
    {
        long address = m.Output.PictureAddress(out long length);
        m.Stack.Poke(1, address);
        m.Stack.Poke(0, length);
    }

    [ForthWord("HOLD", "( char -- )")]
    public static void Hold(Machine m) => m.Output.Hold((byte)m.Stack.Pop());

    [ForthWord("HOLDS", "( c-addr u -- )")]
    public static void Holds(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        System.Span<byte> text = m.Arena.Bytes(address, length < 0 ? 0 : length);
        for (int i = text.Length - 1; i >= 0 && m.ThrowCode == 0; i--)
        {
            m.Output.Hold(text[i]);
        }
    }

    [ForthWord("SIGN", "( n -- )")]
    public static void Sign(Machine m)
    {
        if (m.Stack.Pop() < 0)
        {
            m.Output.Hold((byte)'-');
        }
    }

    /// <summary>Builds the picture of a signed double (what D. and D.R print) and returns its address and length.</summary>
    public static long FormatSigned(Machine m, ulong low, long high, out long length)
    {
        bool negative = high < 0;
        if (negative)
        {
            DoubleNumber.Negate(ref low, ref high);
        }
        return FormatUnsigned(m, low, (ulong)high, negative, out length);
    }

    public static long FormatUnsigned(Machine m, ulong low, ulong high, bool negative, out long length)
    {
        m.Output.BeginPicture();
        do
        {
            if (!HoldDigit(m, ref low, ref high))
            {
                length = 0;
                return 0;
            }
        }
        while (low != 0 || high != 0);
        if (negative)
        {
            m.Output.Hold((byte)'-');
        }
        return m.Output.PictureAddress(out length);
    }
}
