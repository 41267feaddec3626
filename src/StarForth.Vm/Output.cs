namespace StarForth;

/// <summary>
/// Console output, buffered here and handed to the host in blocks (or captured, for the POST's output tests), number
/// formatting in BASE, and pictured numeric output (&lt;# # #S HOLD SIGN #&gt;), whose digits are held right to left in
/// the arena area just below PAD.
/// </summary>
public sealed unsafe class Output
{
    private const int OutputBufferSize = 4096;

    private const int CaptureBufferSize = 4096;

    private readonly HostServices host;
    private readonly Arena arena;
    private readonly ThrowState throws;
    private readonly InnerInterpreter interpreter;

    private byte* outputBuffer;
    private int outputLength;

    private byte* captureBuffer;
    private int captureLength;
    private bool capturing;

    /// <summary>The lowest held character of pictured numeric output; 0 until &lt;# starts a picture.</summary>
    private long holdPointer;

    internal Output(HostServices host, Arena arena, ThrowState throws, InnerInterpreter interpreter)
    {
        this.host = host;
        this.arena = arena;
        this.throws = throws;
        this.interpreter = interpreter;
    }

    internal bool Allocate()
    {
        outputBuffer = (byte*)host.Allocate(host.Context, OutputBufferSize);
        return outputBuffer != null;
    }

    internal void Release()
    {
        host.FreeBlock(outputBuffer);
        host.FreeBlock(captureBuffer);
        outputBuffer = null;
        captureBuffer = null;
    }

    /// <summary>From now on, output goes to a capture buffer instead of the host (the POST's output tests).</summary>
    public void BeginOutputCapture()
    {
        if (captureBuffer == null)
        {
            captureBuffer = (byte*)host.Allocate(host.Context, CaptureBufferSize);
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

    /// <summary>True between O{ and the end of its capture.</summary>
    public bool Capturing => capturing;

    /// <summary>Puts back the capture state from before an error cut a capture short (false: output reaches the host).</summary>
    internal void RestoreCapture(bool wasCapturing) => capturing = wasCapturing && captureBuffer != null;

    public void Emit(byte value)
    {
        if (capturing)
        {
            if (captureLength < CaptureBufferSize)
            {
                captureBuffer[captureLength] = value;
            }
            captureLength++;
            // Once per buffer of output, as below: a loop that prints (SPACES, .R, TYPE) ends at the first THROW.
            if ((captureLength & (OutputBufferSize - 1)) == 0)
            {
                interpreter.PollInterrupt();
            }
            return;
        }
        if (outputLength == OutputBufferSize)
        {
            Flush();
            interpreter.PollInterrupt(); // Ctrl-C, or the host's failed write, becomes -28
        }
        outputBuffer[outputLength++] = value;
    }

    public void Type(System.ReadOnlySpan<byte> text)
    {
        long pending = throws.Code; // only an interrupt raised while printing stops it
        for (int i = 0; i < text.Length && throws.Code == pending; i++)
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
        System.Span<byte> text = arena.Bytes(address, length);
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
        int length = FormatNumber(value, signed, arena.Base, digits);
        if (length < 0)
        {
            throws.Raise(ThrowCode.InvalidNumericArgument);
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

    // Pictured numeric output.

    private long HoldEnd => ArenaLayout.HoldEnd(arena.Size);

    private long HoldStart => HoldEnd - ArenaLayout.HoldSize;

    /// <summary>&lt;#: starts an empty picture.</summary>
    public void BeginPicture() => holdPointer = HoldEnd;

    /// <summary>HOLD: prepends a character; -17 when the area is full or no picture was started.</summary>
    public void Hold(byte c)
    {
        if (holdPointer <= HoldStart || holdPointer > HoldEnd)
        {
            throws.Raise(ThrowCode.PicturedOutputOverflow);
            return;
        }
        arena.Start[--holdPointer] = c;
    }

    /// <summary>#&gt;: the picture's address and length.</summary>
    public long PictureAddress(out long length)
    {
        if (holdPointer < HoldStart || holdPointer > HoldEnd)
        {
            length = 0;
            return HoldEnd;
        }
        length = HoldEnd - holdPointer;
        return holdPointer;
    }
}
