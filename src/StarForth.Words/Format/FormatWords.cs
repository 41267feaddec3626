namespace StarForth.Words;

/// <summary>Number output in BASE.</summary>
public static class FormatWords
{
    [ForthWord(".", "( n -- )")]
    public static void Dot(Machine m)
    {
        m.Output.TypeNumber(m.Stack.Pop(), signed: true);
        if (m.ThrowCode == 0)
        {
            m.Output.Emit((byte)' ');
        }
    }

    [ForthWord("U.", "( u -- )")]
    public static void UDot(Machine m)
    {
        m.Output.TypeNumber(m.Stack.Pop(), signed: false);
        if (m.ThrowCode == 0)
        {
            m.Output.Emit((byte)' ');
        }
    }

    [ForthWord(".R", "( n1 n2 -- )")]
    public static void DotR(Machine m)
    {
        long width = m.Stack.Pop();
        long n = m.Stack.Pop();
        long text = PicturedNumericWords.FormatSigned(m, (ulong)n, n < 0 ? -1 : 0, out long length);
        TypeRightAligned(m, text, length, width);
    }

    [ForthWord("U.R", "( u n -- )")]
    public static void UDotR(Machine m)
    {
        long width = m.Stack.Pop();
        long u = m.Stack.Pop();
        long text = PicturedNumericWords.FormatUnsigned(m, (ulong)u, 0, negative: false, out long length);
        TypeRightAligned(m, text, length, width);
    }

    [ForthWord("D.", "( d -- )")]
    public static void DDot(Machine m)
    {
        DoubleNumber.Pop(m, out ulong low, out long high);
        long text = PicturedNumericWords.FormatSigned(m, low, high, out long length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        m.Output.Type(text, length);
        m.Output.Emit((byte)' ');
    }

    [ForthWord("D.R", "( d n -- )")]
    public static void DDotR(Machine m)
    {
        long width = m.Stack.Pop();
        DoubleNumber.Pop(m, out ulong low, out long high);
        long text = PicturedNumericWords.FormatSigned(m, low, high, out long length);
        TypeRightAligned(m, text, length, width);
    }

    /// <summary>Pads with spaces on the left to <paramref name="width"/>; a longer number is printed whole.</summary>
    private static void TypeRightAligned(Machine m, long text, long length, long width)
    {
        if (m.ThrowCode != 0)
        {
            return;
        }
        for (long pad = width - length; pad > 0 && m.ThrowCode == 0; pad--)
        {
            m.Output.Emit((byte)' ');
        }
        m.Output.Type(text, length);
    }

    /// <summary>Prints the depth in angle brackets, then the stack bottom to top, without changing it.</summary>
    [ForthWord(".S", "( -- )")]
    public static void DotS(Machine m)
    {
        m.Output.Emit((byte)'<');
        m.Output.TypeNumber(m.Stack.Depth, signed: true);
        m.Output.Type("> "u8);
        for (int i = m.Stack.Depth - 1; i >= 0 && m.ThrowCode == 0; i--)
        {
            m.Output.TypeNumber(m.Stack.Peek(i), signed: true);
            m.Output.Emit((byte)' ');
        }
    }

    [ForthWord("?", "( a-addr -- )")]
    public static void Question(Machine m)
    {
        long x = m.Arena.FetchCell(m.Stack.Pop());
        if (m.ThrowCode == 0)
        {
            m.Output.TypeNumber(x, signed: true);
            m.Output.Emit((byte)' ');
        }
    }

    /// <summary>
    /// Hex dump, 16 bytes a line: the address (8 hex digits), the bytes in hex, then the printable ones as text.
    /// Always hex, whatever BASE is, so a dump reads the same everywhere.
    /// </summary>
    [ForthWord("DUMP", "( addr u -- )")]
    public static void Dump(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (length <= 0)
        {
            return;
        }
        System.Span<byte> bytes = m.Arena.Bytes(address, length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        for (int line = 0; line < bytes.Length; line += 16)
        {
            TypeHex(m, (ulong)(address + line), 8);
            m.Output.Emit((byte)':');
            int end = line + 16 < bytes.Length ? line + 16 : bytes.Length;
            for (int i = line; i < line + 16; i++)
            {
                m.Output.Emit((byte)' ');
                if (i < end)
                {
                    TypeHex(m, bytes[i], 2);
                }
                else
                {
                    m.Output.Type("  "u8);
                }
            }
            m.Output.Type("  "u8);
            for (int i = line; i < end; i++)
            {
                m.Output.Emit(bytes[i] >= 32 && bytes[i] < 127 ? bytes[i] : (byte)'.');
            }
            m.Output.Emit((byte)'\n');
        }
    }

    private static void TypeHex(Machine m, ulong value, int digits)
    {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            int digit = (int)((value >> shift) & 0xF);
            m.Output.Emit((byte)(digit < 10 ? '0' + digit : 'A' + digit - 10));
        }
    }

    [ForthWord("BASE", "( -- a-addr )")]
    public static void Base(Machine m) => m.Stack.Push(ArenaLayout.BaseAddress);

    [ForthWord("DECIMAL", "( -- )")]
    public static void Decimal(Machine m) => m.Arena.Base = 10;

    [ForthWord("HEX", "( -- )")]
    public static void Hex(Machine m) => m.Arena.Base = 16;

    [ForthWord("OCTAL", "( -- )")]
    public static void Octal(Machine m) => m.Arena.Base = 8;
}
