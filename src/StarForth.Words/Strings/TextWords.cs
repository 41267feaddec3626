namespace StarForth.Words;

/// <summary>Character strings in memory: counted strings, copying, comparing and scanning.</summary>
public static class TextWords
{
    [ForthWord("COUNT", "( c-addr1 -- c-addr2 u )")]
    public static void Count(Machine m)
    {
        long address = m.Stack.Peek();
        byte length = m.Arena.FetchByte(address);
        if (m.ThrowCode == 0)
        {
            m.Stack.Poke(0, address + 1);
            m.Stack.Push(length);
        }
    }

    [ForthWord("-TRAILING", "( c-addr u1 -- c-addr u2 )")]
    public static void MinusTrailing(Machine m)
    {
        long length = m.Stack.Peek(0);
        long address = m.Stack.Peek(1);
        while (length > 0 && m.Arena.FetchByte(address + length - 1) == (byte)' ' && m.ThrowCode == 0)
        {
            length--;
        }
        m.Stack.Poke(0, length);
    }

    /// <summary>Copies byte by byte from low addresses up, so an overlapping copy upwards repeats the first bytes.</summary>
    [ForthWord("CMOVE", "( c-addr1 c-addr2 u -- )")]
    public static void CMove(Machine m)
    {
        if (!PopCopy(m, out long source, out long destination, out long u))
        {
            return;
        }
        for (long i = 0; i < u; i++)
        {
            m.Arena.StoreByte(destination + i, m.Arena.FetchByte(source + i));
        }
    }

    /// <summary>
    /// Pops ( c-addr1 c-addr2 u ); false when there is nothing to copy, or after -9 when a range leaves the arena (a
    /// negative u included) or the destination is in the system area: checked before the first byte moves.
    /// </summary>
    private static bool PopCopy(Machine m, out long source, out long destination, out long u)
    {
        u = m.Stack.Pop();
        destination = m.Stack.Pop();
        source = m.Stack.Pop();
        if (u == 0)
        {
            return false;
        }
        if (!m.Arena.IsValidRange(source, u) || !m.Arena.IsStorableRange(destination, u))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return false;
        }
        return true;
    }

    /// <summary>Copies byte by byte from high addresses down.</summary>
    [ForthWord("CMOVE>", "( c-addr1 c-addr2 u -- )")]
    public static void CMoveUp(Machine m)
    {
        if (!PopCopy(m, out long source, out long destination, out long u))
        {
            return;
        }
        for (long i = u - 1; i >= 0; i--)
        {
            m.Arena.StoreByte(destination + i, m.Arena.FetchByte(source + i));
        }
    }

    [ForthWord("COMPARE", "( c-addr1 u1 c-addr2 u2 -- n )")]
    public static void Compare(Machine m)
    {
        long length2 = m.Stack.Pop();
        long address2 = m.Stack.Pop();
        long length1 = m.Stack.Pop();
        long address1 = m.Stack.Pop();
        System.Span<byte> text1 = m.Arena.Bytes(address1, length1 < 0 ? 0 : length1);
        System.Span<byte> text2 = m.Arena.Bytes(address2, length2 < 0 ? 0 : length2);
        if (m.ThrowCode != 0)
        {
            return;
        }
        int common = text1.Length < text2.Length ? text1.Length : text2.Length;
        for (int i = 0; i < common; i++)
        {
            if (text1[i] != text2[i])
            {
                m.Stack.Push(text1[i] < text2[i] ? -1 : 1);
                return;
            }
        }
        m.Stack.Push(text1.Length == text2.Length ? 0 : text1.Length < text2.Length ? -1 : 1);
    }

    [ForthWord("SEARCH", "( c-addr1 u1 c-addr2 u2 -- c-addr3 u3 flag )")]
    public static void Search(Machine m)
    {
        long length2 = m.Stack.Pop();
        long address2 = m.Stack.Pop();
        long length1 = m.Stack.Peek(0);
        long address1 = m.Stack.Peek(1);
        System.Span<byte> text = m.Arena.Bytes(address1, length1 < 0 ? 0 : length1);
        System.Span<byte> pattern = m.Arena.Bytes(address2, length2 < 0 ? 0 : length2);
        if (m.ThrowCode != 0)
        {
            return;
        }
        for (int start = 0; start + pattern.Length <= text.Length; start++)
        {
            int i = 0;
            while (i < pattern.Length && text[start + i] == pattern[i])
            {
                i++;
            }
            if (i == pattern.Length)
            {
                m.Stack.Poke(1, address1 + start);
                m.Stack.Poke(0, length1 - start);
                m.Stack.PushFlag(true);
                return;
            }
        }
        m.Stack.PushFlag(false);
    }

    /// <summary>Steps to the first occurrence of char; at the end of the string when there is none.</summary>
    [ForthWord("SCAN", "( c-addr1 u1 char -- c-addr2 u2 )")]
    public static void Scan(Machine m) => Step(m, stopOnMatch: true);

    /// <summary>Steps past leading occurrences of char.</summary>
    [ForthWord("SKIP", "( c-addr1 u1 char -- c-addr2 u2 )")]
    public static void Skip(Machine m) => Step(m, stopOnMatch: false);

    private static void Step(Machine m, bool stopOnMatch)
    {
        byte c = (byte)m.Stack.Pop();
        long length = m.Stack.Peek(0);
        long address = m.Stack.Peek(1);
        while (length > 0 && (m.Arena.FetchByte(address) == c) != stopOnMatch && m.ThrowCode == 0)
        {
            address++;
            length--;
        }
        m.Stack.Poke(1, address);
        m.Stack.Poke(0, length < 0 ? 0 : length);
    }

    [ForthWord("BLANK", "( c-addr u -- )")]
    public static void Blank(Machine m)
    {
        long u = m.Stack.Pop();
        long address = m.Stack.Pop();
        m.Arena.FillBytes(address, u, (byte)' ');
    }

    /// <summary>
    /// fig-Forth's scanning primitive: from addr, the offsets of the first non-delimiter (n1), of the delimiter
    /// ending the text (n2) and of the first byte after it (n3). A NUL byte (or the arena's end) ends the text
    /// unconditionally and is not stepped over.
    /// </summary>
    [ForthWord("ENCLOSE", "( c-addr char -- c-addr n1 n2 n3 )")]
    public static void Enclose(Machine m)
    {
        byte delimiter = (byte)m.Stack.Pop();
        long address = m.Stack.Peek();
        if (!m.Arena.IsValidRange(address, 1))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        long limit = m.Arena.Size - address;
        long i = 0;
        while (i < limit && m.Arena.FetchByte(address + i) == delimiter && delimiter != 0)
        {
            i++;
        }
        long first = i;
        if (i >= limit || m.Arena.FetchByte(address + i) == 0)
        {
            m.Stack.Push(first);
            m.Stack.Push(first + 1);
            m.Stack.Push(first);
            return;
        }
        while (i < limit && m.Arena.FetchByte(address + i) != delimiter && m.Arena.FetchByte(address + i) != 0)
        {
            i++;
        }
        bool stoppedOnDelimiter = i < limit && m.Arena.FetchByte(address + i) == delimiter;
        m.Stack.Push(first);
        m.Stack.Push(i);
        m.Stack.Push(stoppedOnDelimiter ? i + 1 : i);
    }
}
