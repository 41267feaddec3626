namespace StarForth.Words;

/// <summary>Composes a short UTF-8 message in a caller-provided buffer; text past the end is dropped.</summary>
public ref struct TextBuilder
{
    private readonly System.Span<byte> buffer;
    private int length;

    public TextBuilder(System.Span<byte> buffer)
    {
        this.buffer = buffer;
        length = 0;
    }

    public System.ReadOnlySpan<byte> Text => buffer.Slice(0, length);

    public void Append(scoped System.ReadOnlySpan<byte> text)
    {
        for (int i = 0; i < text.Length && length < buffer.Length; i++)
        {
            buffer[length++] = text[i];
        }
    }

    public void AppendNumber(long value)
    {
        System.Span<byte> digits = stackalloc byte[24];
        int count = Output.FormatNumber(value, signed: true, 10, digits);
        Append(digits.Slice(digits.Length - count));
    }

    /// <summary>Appends text with newlines and quotes made visible, for output comparisons.</summary>
    public void AppendQuoted(scoped System.ReadOnlySpan<byte> text)
    {
        Append("\""u8);
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case (byte)'\n': Append("\\n"u8); break;
                case (byte)'"': Append("\\\""u8); break;
                case (byte)'\\': Append("\\\\"u8); break;
                default: Append(text.Slice(i, 1)); break;
            }
        }
        Append("\""u8);
    }
}
