using System;
using System.IO;

namespace StarForth.Cli;

/// <summary>
/// The hosted block device (<c>--blocks FILE</c>): block n is bytes (n-1)*1024 .. n*1024-1 of the file. The file is
/// opened (created if missing) on first use; reading past its end gives zeros, writing past it extends it.
/// </summary>
public sealed class HostedBlockDevice : IDisposable
{
    public const int BlockSize = ArenaLayout.BlockSize;

    private readonly string path;
    private FileStream? file;

    public HostedBlockDevice(string path)
    {
        this.path = path;
    }

    /// <summary>Reads block <paramref name="block"/> into <paramref name="buffer"/>; false when the file cannot be used.</summary>
    public bool Read(long block, Span<byte> buffer)
    {
        FileStream? stream = Open();
        if (stream == null)
        {
            return false;
        }
        try
        {
            buffer.Clear();
            long offset = (block - 1) * BlockSize;
            if (offset >= stream.Length)
            {
                return true;
            }
            stream.Position = offset;
            int total = 0;
            while (total < BlockSize)
            {
                int read = stream.Read(buffer.Slice(total));
                if (read == 0)
                {
                    break;
                }
                total += read;
            }
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public bool Write(long block, ReadOnlySpan<byte> buffer)
    {
        FileStream? stream = Open();
        if (stream == null)
        {
            return false;
        }
        try
        {
            stream.Position = (block - 1) * BlockSize;
            stream.Write(buffer);
            stream.Flush();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private FileStream? Open()
    {
        if (file != null)
        {
            return file;
        }
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            file = null;
        }
        return file;
    }

    /// <summary>Closes the file; a write the system refused was already reported as -34, so closing is quiet.</summary>
    public void Dispose()
    {
        try
        {
            file?.Dispose();
        }
        catch (IOException)
        {
        }
    }
}
