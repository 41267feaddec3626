using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StarForth.Cli;

/// <summary>
/// The hosted side of the file services: real files, each open one a <see cref="FileStream"/> behind a handle that only
/// this object understands (the VM maps its own small file ids to these). Relative names are looked up beside the
/// including file first, then in the working directory. Host exceptions become iors, never escape.
/// </summary>
public sealed class HostedFiles : IDisposable
{
    private const int FileIo = -37;
    private const int NonExistentFile = -38;
    private const int ReadAccess = 1;
    private const int WriteAccess = 2;
    private const int CreateAccess = 8;

    private readonly List<FileStream?> open = new();

    /// <summary>Opens the file; its handle and full path, or an ior.</summary>
    public int Open(ReadOnlySpan<byte> name, ReadOnlySpan<byte> basePath, int access, out long handle, out string fullPath)
    {
        handle = 0;
        fullPath = Resolve(name, basePath);
        bool create = (access & CreateAccess) != 0;
        FileAccess mode = (access & (ReadAccess | WriteAccess)) switch
        {
            ReadAccess => FileAccess.Read,
            WriteAccess => FileAccess.Write,
            _ => FileAccess.ReadWrite,
        };
        try
        {
            if (!create && !File.Exists(fullPath))
            {
                return NonExistentFile;
            }
            var stream = new FileStream(fullPath, create ? FileMode.Create : FileMode.Open, mode, FileShare.ReadWrite | FileShare.Delete);
            open.Add(stream);
            handle = open.Count - 1;
            return 0;
        }
        catch (Exception exception) when (IsHostFailure(exception))
        {
            return exception is FileNotFoundException or DirectoryNotFoundException ? NonExistentFile : FileIo;
        }
    }

    public int Close(long handle)
    {
        FileStream? stream = StreamOf(handle);
        if (stream == null)
        {
            return FileIo;
        }
        open[(int)handle] = null;
        return Guard(() => stream.Dispose());
    }

    public long Read(long handle, Span<byte> buffer)
    {
        FileStream? stream = StreamOf(handle);
        if (stream == null || !stream.CanRead)
        {
            return FileIo;
        }
        try
        {
            return stream.Read(buffer);
        }
        catch (Exception exception) when (IsHostFailure(exception))
        {
            return FileIo;
        }
    }

    public int Write(long handle, ReadOnlySpan<byte> bytes)
    {
        FileStream? stream = StreamOf(handle);
        if (stream == null || !stream.CanWrite)
        {
            return FileIo;
        }
        try
        {
            stream.Write(bytes);
            return 0;
        }
        catch (Exception exception) when (IsHostFailure(exception))
        {
            return FileIo;
        }
    }

    public long Position(long handle) => Query(handle, stream => stream.Position);

    public long Size(long handle) => Query(handle, stream => stream.Length);

    public int Reposition(long handle, long position)
    {
        FileStream? stream = StreamOf(handle);
        return stream == null ? FileIo : Guard(() => stream.Position = position);
    }

    public int Resize(long handle, long size)
    {
        FileStream? stream = StreamOf(handle);
        return stream == null || !stream.CanWrite ? FileIo : Guard(() => stream.SetLength(size));
    }

    public int Flush(long handle)
    {
        FileStream? stream = StreamOf(handle);
        return stream == null ? FileIo : Guard(() => stream.Flush(flushToDisk: true));
    }

    public int Delete(ReadOnlySpan<byte> name, ReadOnlySpan<byte> basePath)
    {
        string path = Resolve(name, basePath);
        return File.Exists(path) ? Guard(() => File.Delete(path)) : NonExistentFile;
    }

    public int Rename(ReadOnlySpan<byte> from, ReadOnlySpan<byte> to, ReadOnlySpan<byte> basePath)
    {
        string source = Resolve(from, basePath);
        if (!File.Exists(source))
        {
            return NonExistentFile;
        }
        string destination = ResolveLike(to, from, basePath);
        return Guard(() => File.Move(source, destination, overwrite: true));
    }

    public int Status(ReadOnlySpan<byte> name, ReadOnlySpan<byte> basePath) =>
        File.Exists(Resolve(name, basePath)) ? 0 : NonExistentFile;

    public void Dispose()
    {
        foreach (FileStream? stream in open)
        {
            try
            {
                stream?.Dispose();
            }
            catch (Exception exception) when (IsHostFailure(exception))
            {
                // A file that cannot be flushed at exit has nothing left to report to.
            }
        }
        open.Clear();
    }

    /// <summary>Beside the including file when it exists there, else from the working directory; always a full path.</summary>
    private static string Resolve(ReadOnlySpan<byte> name, ReadOnlySpan<byte> basePath)
    {
        string path = Encoding.UTF8.GetString(name);
        try
        {
            if (!Path.IsPathRooted(path) && basePath.Length > 0)
            {
                string beside = Path.Combine(Path.GetDirectoryName(Encoding.UTF8.GetString(basePath)) ?? "", path);
                if (File.Exists(beside))
                {
                    return Path.GetFullPath(beside);
                }
            }
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (IsHostFailure(exception))
        {
            return path;
        }
    }

    /// <summary>RENAME-FILE's new name: beside the including file when the old name was found there, else from the working directory.</summary>
    private static string ResolveLike(ReadOnlySpan<byte> name, ReadOnlySpan<byte> neighbour, ReadOnlySpan<byte> basePath)
    {
        string path = Encoding.UTF8.GetString(name);
        string found = Resolve(neighbour, basePath);
        string fromWorkingDirectory = Resolve(neighbour, default);
        if (Path.IsPathRooted(path) || found == fromWorkingDirectory)
        {
            return Path.GetFullPath(path);
        }
        return Path.Combine(Path.GetDirectoryName(found) ?? "", path);
    }

    private FileStream? StreamOf(long handle) => handle >= 0 && handle < open.Count ? open[(int)handle] : null;

    private long Query(long handle, Func<FileStream, long> query)
    {
        FileStream? stream = StreamOf(handle);
        if (stream == null)
        {
            return FileIo;
        }
        try
        {
            return query(stream);
        }
        catch (Exception exception) when (IsHostFailure(exception))
        {
            return FileIo;
        }
    }

    private static int Guard(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception exception) when (IsHostFailure(exception))
        {
            return FileIo;
        }
    }

    private static bool IsHostFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;
}
