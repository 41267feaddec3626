using System;
using System.IO;

namespace StarForth.Cli;

/// <summary>
/// Reads a byte stream as lines (LF or CRLF), keeping the bytes as they are: Forth source is not decoded. A stream the
/// system refuses to read ends there, and the failure is recorded for the command to report.
/// </summary>
public sealed class LineReader
{
    private readonly Stream stream;
    private readonly string name;
    private readonly HostFailure? failure;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int position;
    private int filled;
    private bool ended;

    /// <param name="name">The stream as messages name it: a file name or <c>&lt;stdin&gt;</c>.</param>
    public LineReader(Stream stream, string name = "<stdin>", HostFailure? failure = null)
    {
        this.stream = stream;
        this.name = name;
        this.failure = failure;
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
                filled = Fill();
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
            int newline = Array.IndexOf(buffer, (byte)'\n', position, filled - position);
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

    /// <summary>Reads the next block; 0 at the end, after a failure, and for every read after either.</summary>
    private int Fill()
    {
        if (ended)
        {
            return 0;
        }
        try
        {
            int count = stream.Read(buffer, 0, buffer.Length);
            ended = count == 0;
            return count;
        }
        catch (Exception exception) when (HostFailure.IsHostIo(exception))
        {
            ended = true;
            failure?.Record("read", name, exception);
            return 0;
        }
    }
}
