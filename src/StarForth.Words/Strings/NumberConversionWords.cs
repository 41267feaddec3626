namespace StarForth.Words;

/// <summary>Text to numbers in BASE: ANS >NUMBER, and the FORTH-79 CONVERT and NUMBER.</summary>
public static class NumberConversionWords
{
    [ForthWord(">NUMBER", "( ud1 c-addr1 u1 -- ud2 c-addr2 u2 )")]
    public static void ToNumber(Machine m)
    {
        long length = m.Stack.Peek(0);
        long address = m.Stack.Peek(1);
        ulong high = (ulong)m.Stack.Peek(2);
        ulong low = (ulong)m.Stack.Peek(3);
        while (length > 0 && Accumulate(m, m.Arena.FetchByte(address), ref low, ref high))
        {
            address++;
            length--;
        }
        if (m.ThrowCode == 0)
        {
            m.Stack.Poke(3, (long)low);
            m.Stack.Poke(2, (long)high);
            m.Stack.Poke(1, address);
            m.Stack.Poke(0, length);
        }
    }

    /// <summary>ud = ud * BASE + digit, when c is a digit in BASE; false otherwise.</summary>
    private static bool Accumulate(Machine m, byte c, ref ulong low, ref ulong high)
    {
        long numberBase = m.Arena.Base;
        int digit = NumberParser.DigitValue(c);
        if (m.ThrowCode != 0 || digit < 0 || digit >= numberBase || numberBase < 2)
        {
            return false;
        }
        DoubleCell.MultiplyUnsigned(low, (ulong)numberBase, out ulong productLow, out ulong carry);
        high = unchecked(high * (ulong)numberBase + carry);
        low = unchecked(productLow + (ulong)digit);
        if (low < productLow)
        {
            high = unchecked(high + 1);
        }
        return true;
    }

    /// <summary>FORTH-79: converts digits from c-addr1+1 on; c-addr2 is the first byte that is not a digit.</summary>
    [ForthWord("CONVERT", "( ud1 c-addr1 -- ud2 c-addr2 )")]
    public static void Convert(Machine m)
    {
        long address = m.Stack.Peek(0) + 1;
        ulong high = (ulong)m.Stack.Peek(1);
        ulong low = (ulong)m.Stack.Peek(2);
        while (m.Arena.IsValidRange(address, 1) && Accumulate(m, m.Arena.FetchByte(address), ref low, ref high))
        {
            address++;
        }
        m.Stack.Poke(2, (long)low);
        m.Stack.Poke(1, (long)high);
        m.Stack.Poke(0, address);
    }

    /// <summary>Converts a counted string the way the interpreter reads numbers; the flag says whether it was one.</summary>
    [ForthWord("NUMBER", "( c-addr -- n flag )")]
    public static void Number(Machine m)
    {
        long address = m.Stack.Peek();
        byte length = m.Arena.FetchByte(address);
        System.Span<byte> text = m.Arena.Bytes(address + 1, length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        long value = 0;
        bool ok = length > 0 && NumberParser.TryParse(text, m.Arena.Base, out value);
        m.Stack.Poke(0, ok ? value : 0);
        m.Stack.PushFlag(ok);
    }
}
