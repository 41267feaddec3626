namespace StarForth;

// Console output, buffered in the machine and handed to the host in blocks, and number formatting.
public sealed unsafe partial class Machine
{
    private const int OutputBufferSize = 4096;

    private byte* outputBuffer;
    private int outputLength;

    private const int CaptureBufferSize = 4096;

    private byte* captureBuffer;
    private int captureLength;
    private bool capturing;

    /// <summary>From now on, output goes to a capture buffer instead of the host (the POST's output tests).</summary>
    public void BeginOutputCapture()
    {
        if (captureBuffer == null)
        {
            captureBuffer = (byte*)Allocate(CaptureBufferSize);
        }
        captureLength = 0;
        capturing = captureBuffer != null;
    }

    /// <summary>Stops capturing; returns what was printed (at most 4 KiB are kept; the length counts all of it).</summary>
    public System.ReadOnlySpan<byte> EndOutputCapture(out int totalLength)
    {
        capturing = false;
        totalLength = captureLength;
        int kept = captureLength < CaptureBufferSize ? captureLength : CaptureBufferSize;
        return new System.ReadOnlySpan<byte>(captureBuffer, kept);
    }

    public void Emit(byte value)
    {
        if (capturing)
        {
            if (captureLength < CaptureBufferSize)
            {
                captureBuffer[captureLength] = value;
            }
            captureLength++;
            if ((captureLength & (OutputBufferSize - 1)) == 0)
            {
                PollInterrupt();
            }
            return;
        }
        if (outputLength == OutputBufferSize)
        {
            Flush();
            PollInterrupt();
        }
        outputBuffer[outputLength++] = value;
    }

    /// <summary>
    /// Once per buffer of output: a pending interrupt (Ctrl-C, or the host's failed write) becomes -28, so loops
    /// that print (SPACES, .R, TYPE) stop, as they end at the first THROW.
    /// </summary>
    private void PollInterrupt()
    {
        if (InterruptRequested)
        {
            InterruptRequested = false;
            Throw(StarForth.ThrowCode.UserInterrupt);
        }
    }

    public void Type(System.ReadOnlySpan<byte> text)
    {
        long pending = ThrowCode; // only an interrupt raised while printing stops it
        for (int i = 0; i < text.Length && ThrowCode == pending; i++)
        {
            Emit(text[i]);
        }
    }

    /// <summary>TYPE from the arena.</summary>
    public void Type(long address, long length)
    {
        if (length == 0) // a negative length is a huge unsigned one: -9 from Bytes
        {
            return;
        }
        System.Span<byte> text = Bytes(address, length);
        Type(text);
    }

    /// <summary>Hands buffered output to the host.</summary>
    public void Flush()
    {
        if (outputLength > 0)
        {
            host.Write(host.Context, outputBuffer, outputLength);
            outputLength = 0;
        }
    }

    /// <summary>Formats a number in BASE (signed or unsigned) the way . and U. do, without the trailing space.</summary>
    public void TypeNumber(long value, bool signed)
    {
        System.Span<byte> digits = stackalloc byte[72];
        int length = FormatNumber(value, signed, Base, digits);
        if (length < 0)
        {
            Throw(StarForth.ThrowCode.InvalidNumericArgument);
            return;
        }
        Type(digits.Slice(digits.Length - length));
    }

    /// <summary>Formats a number in decimal whatever BASE holds: reports, the POST summary, the PARITY lines.</summary>
    public void TypeDecimal(long value)
    {
        System.Span<byte> digits = stackalloc byte[24];
        int count = FormatNumber(value, true, 10, digits);
        Type(digits.Slice(digits.Length - count));
    }

    /// <summary>Writes the digits right-aligned at the end of <paramref name="buffer"/>; returns their count or -1 for a bad base.</summary>
    public static int FormatNumber(long value, bool signed, long numberBase, System.Span<byte> buffer)
    {
        if (numberBase < 2 || numberBase > 36)
        {
            return -1;
        }
        bool negative = signed && value < 0;
        ulong magnitude = negative ? unchecked((ulong)(-value)) : (ulong)value;
        int position = buffer.Length;
        do
        {
            int digit = (int)(magnitude % (ulong)numberBase);
            buffer[--position] = (byte)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            magnitude /= (ulong)numberBase;
        }
        while (magnitude != 0);
        if (negative)
        {
            buffer[--position] = (byte)'-';
        }
        return buffer.Length - position;
    }
}
