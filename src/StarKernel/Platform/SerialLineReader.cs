using System;

namespace StarKernel.Platform;

/// <summary>
/// Lines from COM1: LF, CR or CRLF ends a line (files send LF, terminals CR); EOT (0x04, Ctrl-D)
/// ends the input, as on a terminal. No echo. A line too long for a caller's buffer is kept and
/// handed out again, as <c>HostServices.ReadLine</c> promises. While a word runs, <see cref="PollInterrupt"/> looks
/// for Ctrl-C (0x03) and keeps what was typed before it for the next lines.
/// </summary>
internal static unsafe class SerialLineReader
{
    private const byte EndOfTransmission = 0x04;
    private const byte Interrupt = 0x03;

    /// <summary>Bytes <see cref="PollInterrupt"/> took from COM1 ahead of the lines that read them (a ring).</summary>
    private const int TypeAheadSize = 4096;

    private static byte* s_typeAhead;
    private static int s_typeAheadStart;
    private static int s_typeAheadCount;

    private static byte* s_line;
    private static int s_capacity;
    private static int s_length;
    private static bool s_pending;
    private static bool s_skipLineFeed;
    private static bool s_ended;

    /// <summary>The next line (valid until the next call), or false at end of input.</summary>
    public static bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        if (!s_pending && !ReadNextLine())
        {
            line = default;
            return false;
        }
        s_pending = false;
        line = new ReadOnlySpan<byte>(s_line, s_length);
        return true;
    }

    /// <summary>The <c>HostServices.ReadLine</c> contract: the full length, or -1 at end of input.</summary>
    public static int ReadLine(byte* buffer, int capacity)
    {
        if (!s_pending && !ReadNextLine())
        {
            return -1;
        }
        int copied = s_length < capacity ? s_length : capacity;
        for (int i = 0; i < copied; i++)
        {
            buffer[i] = s_line[i];
        }
        s_pending = s_length > capacity;
        return s_length;
    }

    private static bool ReadNextLine()
    {
        if (s_ended)
        {
            return false;
        }
        s_length = 0;
        while (true)
        {
            byte value = NextByte();
            if (s_skipLineFeed)
            {
                s_skipLineFeed = false;
                if (value == (byte)'\n')
                {
                    continue;
                }
            }
            if (value == EndOfTransmission)
            {
                s_ended = true;
                return s_length > 0;
            }
            if (value == (byte)'\n' || value == (byte)'\r')
            {
                s_skipLineFeed = value == (byte)'\r';
                return true;
            }
            Append(value);
        }
    }

    /// <summary>
    /// The VM's <c>HostServices.PollInterrupt</c>: true when Ctrl-C (0x03) has arrived on COM1 (and is dropped).
    /// Bytes before it are kept for the lines to come; a full type-ahead leaves the rest waiting in the UART.
    /// </summary>
    public static bool PollInterrupt()
    {
        if (s_typeAhead == null)
        {
            s_typeAhead = Internal.Runtime.BumpHeap.Allocate(TypeAheadSize);
        }
        while (s_typeAheadCount < TypeAheadSize && SerialPort.TryReadByte(out byte value))
        {
            if (value == Interrupt)
            {
                return true;
            }
            s_typeAhead[(s_typeAheadStart + s_typeAheadCount) % TypeAheadSize] = value;
            s_typeAheadCount++;
        }
        return false;
    }

    /// <summary>The next input byte: typed ahead while a word ran, or else from COM1 (waiting for it).</summary>
    private static byte NextByte()
    {
        if (s_typeAheadCount == 0)
        {
            return SerialPort.ReadByte();
        }
        byte value = s_typeAhead[s_typeAheadStart];
        s_typeAheadStart = (s_typeAheadStart + 1) % TypeAheadSize;
        s_typeAheadCount--;
        return value;
    }

    /// <summary>Grows from the bump heap by doubling; the old buffer is abandoned (there is no free).</summary>
    private static void Append(byte value)
    {
        if (s_length == s_capacity)
        {
            int capacity = s_capacity == 0 ? 256 : s_capacity * 2;
            byte* larger = Internal.Runtime.BumpHeap.Allocate((nuint)capacity);
            for (int i = 0; i < s_length; i++)
            {
                larger[i] = s_line[i];
            }
            s_line = larger;
            s_capacity = capacity;
        }
        s_line[s_length++] = value;
    }
}
