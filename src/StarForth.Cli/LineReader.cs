using System.IO;

namespace StarForth.Cli;

/// <summary>Reads a byte stream as lines (LF or CRLF), keeping the bytes as they are: Forth source is not decoded.</summary>
public sealed class LineReader
{
    private readonly Stream stream;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int position;
    private int filled;

    public LineReader(Stream stream)
    {
        this.stream = stream;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its terminator, or null at the end of the stream.</summary>
    public byte[]? ReadLine()
    {
        var line = new MemoryStream();
        while (true)
        {
            if (position == filled)
            {
                filled = stream.Read(buffer, 0, buffer.Length);
                position = 0;
                if (filled == 0)
                {
                    if (line.Length == 0)
                    {
                        return null;
                    }
                    LineNumber++;
                    return line.ToArray();
                }
            }
            int newline = System.Array.IndexOf(buffer, (byte)'\n', position, filled - position);
            int end = newline < 0 ? filled : newline;
            line.Write(buffer, position, end - position);
            position = end;
            if (newline >= 0)
            {
                position++;
                LineNumber++;
                byte[] bytes = line.ToArray();
                return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
            }
        }
    }
}
