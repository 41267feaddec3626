using System;

namespace StarKernel.Platform;

/// <summary>Line-oriented text on the serial port, CRLF-terminated so terminals and logs agree.</summary>
internal static class KernelLog
{
    private static bool s_midLine;

    /// <summary>Ends a line left open (by Forth output without CR) so the kernel's next line starts clean.</summary>
    public static void BeginLine()
    {
        if (s_midLine)
        {
            WriteChar('\n');
        }
    }

    public static void Write(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            WriteChar(text[i]);
        }
    }

    public static void Write(ReadOnlySpan<byte> utf8)
    {
        foreach (byte value in utf8)
        {
            WriteChar((char)value);
        }
    }

    public static void WriteLine(string text)
    {
        Write(text);
        WriteChar('\n');
    }

    public static void WriteDecimal(ulong value)
    {
        Span<byte> digits = stackalloc byte[20];
        int start = digits.Length;
        do
        {
            digits[--start] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }
        while (value != 0);
        Write(digits.Slice(start));
    }

    public static void WriteSigned(long value)
    {
        if (value < 0)
        {
            WriteChar('-');
            WriteDecimal((ulong)(-(value + 1)) + 1);
            return;
        }
        WriteDecimal((ulong)value);
    }

    public static void WriteHex(ulong value)
    {
        Write("0x");
        for (int shift = 60; shift >= 0; shift -= 4)
        {
            int nibble = (int)((value >> shift) & 0xF);
            WriteChar((char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10));
        }
    }

    private static void WriteChar(char value)
    {
        s_midLine = value != '\n';
        if (value == '\n')
        {
            SerialPort.WriteByte((byte)'\r');
        }
        SerialPort.WriteByte(value < 0x80 ? (byte)value : (byte)'?');
    }
}
