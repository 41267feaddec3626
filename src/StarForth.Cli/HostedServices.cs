using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace StarForth.Cli;

/// <summary>
/// The hosted side of <see cref="HostServices"/>: native memory for the arena, the stopwatch for time, and the
/// process's standard streams. The machine reaches this object through the context handle.
/// </summary>
public sealed unsafe class HostedServices : IDisposable
{
    private readonly Stream output;
    private readonly LineReader? input;
    private readonly HostedBlockDevice? blocks;
    private readonly string? initFile;
    private readonly HostedFiles files = new();
    private GCHandle self;

    /// <param name="blockFile">The block device's file (--blocks), or null for RAM blocks only.</param>
    /// <param name="initFile">The file INIT interprets (--init), or null for none.</param>
    public HostedServices(Stream output, LineReader? input, string? blockFile = null, string? initFile = null)
    {
        this.output = output;
        this.input = input;
        blocks = blockFile == null ? null : new HostedBlockDevice(blockFile);
        this.initFile = initFile;
        self = GCHandle.Alloc(this);
    }

    public HostServices Services => new HostServices
    {
        Context = GCHandle.ToIntPtr(self),
        Allocate = &Allocate,
        Free = &Free,
        MonotonicNanoseconds = &MonotonicNanoseconds,
        Write = &Write,
        ReadLine = &ReadLine,
        ReadSourceLine = &ReadSourceLine,
        ReadBlock = blocks == null ? null : &ReadBlock,
        WriteBlock = blocks == null ? null : &WriteBlock,
        ReadInitFile = initFile == null ? null : &ReadInitFile,
        OpenFile = &OpenFile,
        CloseFile = &CloseFile,
        ReadFile = &ReadFile,
        WriteFile = &WriteFile,
        FilePosition = &FilePosition,
        RepositionFile = &RepositionFile,
        FileSize = &FileSize,
        ResizeFile = &ResizeFile,
        FlushFile = &FlushFile,
        DeleteFile = &DeleteFile,
        RenameFile = &RenameFile,
        FileStatus = &FileStatus,
        LocalTimeSeconds = &LocalTimeSeconds,
        MapCode = CodeMemory.IsSupported ? &CodeMemory.Map : null,
        UnmapCode = CodeMemory.IsSupported ? &CodeMemory.Unmap : null,
        Disassemble = &CodeMemory.Disassemble,
    };

    public void Dispose()
    {
        blocks?.Dispose();
        files.Dispose();
        if (self.IsAllocated)
        {
            self.Free();
        }
    }

    private static HostedServices From(nint context) => (HostedServices)GCHandle.FromIntPtr(context).Target!;

    private static void* Allocate(nint context, nuint bytes) => NativeMemory.AllocZeroed(bytes);

    private static void Free(nint context, void* block) => NativeMemory.Free(block);

    private static ulong MonotonicNanoseconds(nint context) =>
        (ulong)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));

    private static long LocalTimeSeconds(nint context)
    {
        DateTimeOffset now = DateTimeOffset.Now;
        return now.ToUnixTimeSeconds() + (long)now.Offset.TotalSeconds;
    }

    private static void Write(nint context, byte* bytes, int length)
    {
        Stream output = From(context).output;
        output.Write(new ReadOnlySpan<byte>(bytes, length));
        output.Flush();
    }

    /// <summary>The script the session is running (`starforth FILE`): REFILL and QUERY read its next line.</summary>
    public LineReader? Script { get; set; }

    private static int ReadLine(nint context, byte* buffer, int capacity) =>
        CopyLine(From(context).input, buffer, capacity);

    private static int ReadSourceLine(nint context, byte* buffer, int capacity)
    {
        HostedServices services = From(context);
        return CopyLine(services.Script ?? services.input, buffer, capacity);
    }

    private static int CopyLine(LineReader? input, byte* buffer, int capacity)
    {
        byte[]? line = input?.ReadLine();
        if (line == null)
        {
            return -1;
        }
        line.AsSpan(0, Math.Min(line.Length, capacity)).CopyTo(new Span<byte>(buffer, capacity));
        return line.Length;
    }

    private static int ReadBlock(nint context, long block, byte* buffer) =>
        From(context).blocks!.Read(block, new Span<byte>(buffer, HostedBlockDevice.BlockSize)) ? 0 : -1;

    private static int WriteBlock(nint context, long block, byte* buffer) =>
        From(context).blocks!.Write(block, new ReadOnlySpan<byte>(buffer, HostedBlockDevice.BlockSize)) ? 0 : -1;

    private static int ReadInitFile(nint context, long offset, byte* buffer, int capacity)
    {
        try
        {
            using FileStream file = File.OpenRead(From(context).initFile!);
            if (offset >= file.Length)
            {
                return 0;
            }
            file.Position = offset;
            return file.Read(new Span<byte>(buffer, capacity));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }

    private static int OpenFile(nint context, byte* name, int nameLength, byte* basePath, int baseLength, int access, long* handle,
        byte* fullPath, int fullCapacity)
    {
        int ior = From(context).files.Open(new ReadOnlySpan<byte>(name, nameLength), new ReadOnlySpan<byte>(basePath, baseLength), access,
            out long opened, out string full);
        if (ior != 0)
        {
            return ior;
        }
        *handle = opened;
        byte[] path = System.Text.Encoding.UTF8.GetBytes(full);
        path.AsSpan(0, Math.Min(path.Length, fullCapacity)).CopyTo(new Span<byte>(fullPath, fullCapacity));
        return path.Length;
    }

    private static int CloseFile(nint context, long handle) => From(context).files.Close(handle);

    private static long ReadFile(nint context, long handle, byte* buffer, int length) =>
        From(context).files.Read(handle, new Span<byte>(buffer, length));

    private static int WriteFile(nint context, long handle, byte* bytes, int length) =>
        From(context).files.Write(handle, new ReadOnlySpan<byte>(bytes, length));

    private static long FilePosition(nint context, long handle) => From(context).files.Position(handle);

    private static int RepositionFile(nint context, long handle, long position) => From(context).files.Reposition(handle, position);

    private static long FileSize(nint context, long handle) => From(context).files.Size(handle);

    private static int ResizeFile(nint context, long handle, long size) => From(context).files.Resize(handle, size);

    private static int FlushFile(nint context, long handle) => From(context).files.Flush(handle);

    private static int DeleteFile(nint context, byte* name, int nameLength, byte* basePath, int baseLength) =>
        From(context).files.Delete(new ReadOnlySpan<byte>(name, nameLength), new ReadOnlySpan<byte>(basePath, baseLength));

    private static int RenameFile(nint context, byte* from, int fromLength, byte* to, int toLength, byte* basePath, int baseLength) =>
        From(context).files.Rename(new ReadOnlySpan<byte>(from, fromLength), new ReadOnlySpan<byte>(to, toLength),
            new ReadOnlySpan<byte>(basePath, baseLength));

    private static int FileStatus(nint context, byte* name, int nameLength, byte* basePath, int baseLength) =>
        From(context).files.Status(new ReadOnlySpan<byte>(name, nameLength), new ReadOnlySpan<byte>(basePath, baseLength));
}
