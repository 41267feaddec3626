namespace StarForth;

/// <summary>
/// The VM's file table: Forth file ids are small integers (1 ..<see cref="Capacity"/>) that index it, never the host's
/// handles, so a bad id is an ior and never reaches the host. Each entry keeps the full path the host opened, for
/// relative paths of nested includes, error locations and REQUIRED, which remembers every file included by full path.
/// </summary>
public sealed unsafe class OpenFiles
{
    /// <summary>As many as sources can nest, so that deep INCLUDEs reach the nesting limit (-259) before this one.</summary>
    public const int Capacity = InputSources.MaxNesting;
    public const int PathCapacity = 256;

    /// <summary>The fam values of R/O, W/O and R/W; BIN adds <see cref="Binary"/>, which changes nothing here.</summary>
    public const long ReadOnly = 1;
    public const long WriteOnly = 2;
    public const long ReadWrite = 3;
    public const long Binary = 4;

    /// <summary>Added to the access the host is asked for: create the file, or empty an existing one.</summary>
    private const int CreateAccess = 8;

    private const int IncludedNamesCapacity = 16 * 1024;

    private struct Entry
    {
        public long Handle;
        public int InUse;
        public int PathLength;
    }

    private readonly HostServices host;
    private readonly Arena arena;

    private Entry* entries;
    private byte* paths;

    /// <summary>The host's script file (`starforth main.fs`), whose folder relative names start from outside any INCLUDE.</summary>
    private byte* scriptPath;
    private int scriptPathLength;

    /// <summary>Full paths of the files INCLUDED so far, each followed by a zero byte (for REQUIRED).</summary>
    private byte* includedNames;
    private int includedNamesLength;

    internal OpenFiles(HostServices host, Arena arena)
    {
        this.host = host;
        this.arena = arena;
    }

    internal bool Allocate()
    {
        entries = (Entry*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(Entry)));
        paths = (byte*)host.Allocate(host.Context, Capacity * PathCapacity);
        scriptPath = (byte*)host.Allocate(host.Context, PathCapacity);
        includedNames = (byte*)host.Allocate(host.Context, IncludedNamesCapacity);
        return entries != null && paths != null && scriptPath != null && includedNames != null;
    }

    internal void Release()
    {
        CloseAll();
        host.FreeBlock(entries);
        host.FreeBlock(paths);
        host.FreeBlock(scriptPath);
        host.FreeBlock(includedNames);
        entries = null;
        paths = null;
        scriptPath = null;
        includedNames = null;
    }

    /// <summary>True when the host gave file services (hosted always; the kernel its RAM file system).</summary>
    public bool Available => host.OpenFile != null;

    /// <summary>Whether <paramref name="fileId"/> names an open file.</summary>
    public bool IsOpen(long fileId) => fileId >= 1 && fileId <= Capacity && entries[fileId - 1].InUse != 0;

    /// <summary>The full path the host opened for this file id; empty for a bad one.</summary>
    public System.ReadOnlySpan<byte> PathOf(long fileId) =>
        IsOpen(fileId) ? new System.ReadOnlySpan<byte>(paths + (fileId - 1) * PathCapacity, entries[fileId - 1].PathLength) : default;

    /// <summary>
    /// The host is interpreting this file's lines itself (its full path; empty when it stops): outside any INCLUDE,
    /// relative names start from its folder, and REQUIRED counts it as included.
    /// </summary>
    public void SetScriptPath(System.ReadOnlySpan<byte> fullPath)
    {
        int length = fullPath.Length < PathCapacity ? fullPath.Length : 0;
        for (int i = 0; i < length; i++)
        {
            scriptPath[i] = fullPath[i];
        }
        scriptPathLength = length;
        RememberIncluded(fullPath.Slice(0, length));
    }

    /// <summary>The path relative names are looked up beside: the including file, else the host's script.</summary>
    private System.ReadOnlySpan<byte> BasePath(long relativeTo) =>
        relativeTo > 0 ? PathOf(relativeTo) : new System.ReadOnlySpan<byte>(scriptPath, scriptPathLength);

    /// <summary>OPEN-FILE and CREATE-FILE: the new file id, or 0 with the ior.</summary>
    public long Open(long pathAddress, long pathLength, long fam, bool create, long relativeTo, out long fileId)
    {
        fileId = 0;
        if (!arena.IsValidRange(pathAddress, pathLength))
        {
            return ThrowCode.InvalidAddress;
        }
        int access = (int)(fam & ReadWrite);
        if (access == 0 || (fam & ~(ReadWrite | Binary)) != 0)
        {
            return ThrowCode.InvalidNumericArgument;
        }
        if (!Available)
        {
            return ThrowCode.NonExistentFile;
        }
        if (pathLength >= PathCapacity)
        {
            return ThrowCode.FileNameTooLong;
        }
        int free = 0;
        while (free < Capacity && entries[free].InUse != 0)
        {
            free++;
        }
        if (free == Capacity)
        {
            return ThrowCode.TooManyOpenFiles;
        }
        System.ReadOnlySpan<byte> basePath = BasePath(relativeTo);
        long handle = 0;
        int fullLength;
        fixed (byte* relative = basePath)
        {
            fullLength = host.OpenFile(host.Context, arena.Start + pathAddress, (int)pathLength, relative, basePath.Length,
                create ? access | CreateAccess : access, &handle, paths + free * PathCapacity, PathCapacity);
        }
        if (fullLength < 0)
        {
            return fullLength;
        }
        if (fullLength > PathCapacity)
        {
            host.CloseFile(host.Context, handle);
            return ThrowCode.FileNameTooLong;
        }
        entries[free].Handle = handle;
        entries[free].InUse = 1;
        entries[free].PathLength = fullLength;
        fileId = free + 1;
        return 0;
    }

    public long Close(long fileId)
    {
        if (!IsOpen(fileId))
        {
            return ThrowCode.FileIo;
        }
        Entry* entry = entries + (fileId - 1);
        entry->InUse = 0;
        return host.CloseFile(host.Context, entry->Handle);
    }

    /// <summary>Closes every open file (the machine is released).</summary>
    private void CloseAll()
    {
        if (entries == null)
        {
            return;
        }
        for (int i = 1; i <= Capacity; i++)
        {
            if (IsOpen(i))
            {
                Close(i);
            }
        }
    }

    /// <summary>READ-FILE: up to <paramref name="length"/> bytes into the arena; the count read (0 at the end).</summary>
    public long Read(long fileId, long address, long length, out long count)
    {
        count = 0;
        if (!IsOpen(fileId))
        {
            return ThrowCode.FileIo;
        }
        if (!arena.IsValidRange(address, length))
        {
            return ThrowCode.InvalidAddress;
        }
        long done = 0;
        while (done < length)
        {
            long chunk = length - done > int.MaxValue ? int.MaxValue : length - done;
            long read = host.ReadFile(host.Context, entries[fileId - 1].Handle, arena.Start + address + done, (int)chunk);
            if (read < 0)
            {
                return read;
            }
            if (read == 0)
            {
                break;
            }
            done += read;
        }
        count = done;
        return 0;
    }

    /// <summary>
    /// READ-LINE: at most <paramref name="capacity"/> characters of the next line (the buffer holds two more), without
    /// its terminator (LF or CR LF). <paramref name="found"/> is false only at the end of the file;
    /// <paramref name="complete"/> is false when the line went on past the capacity (the rest is the next line).
    /// </summary>
    public long ReadLine(long fileId, long address, long capacity, out long count, out bool found, out bool complete)
    {
        count = 0;
        found = false;
        complete = true;
        if (!IsOpen(fileId))
        {
            return ThrowCode.FileIo;
        }
        if (capacity < 0 || !arena.IsValidRange(address, capacity + 1))
        {
            return ThrowCode.InvalidAddress;
        }
        long start = Position(fileId, out long ior);
        if (ior != 0)
        {
            return ior;
        }
        ior = Read(fileId, address, capacity + 1, out long read);
        if (ior != 0)
        {
            return ior;
        }
        if (read == 0)
        {
            return 0;
        }
        found = true;
        byte* text = arena.Start + address;
        long newline = 0;
        while (newline < read && text[newline] != (byte)'\n')
        {
            newline++;
        }
        long next;
        if (newline < read)
        {
            count = newline > 0 && text[newline - 1] == (byte)'\r' ? newline - 1 : newline;
            next = start + newline + 1;
        }
        else
        {
            count = read > capacity ? capacity : read;
            complete = read <= capacity;
            next = start + count;
        }
        return Reposition(fileId, next);
    }

    public long Write(long fileId, long address, long length)
    {
        if (!IsOpen(fileId))
        {
            return ThrowCode.FileIo;
        }
        if (!arena.IsValidRange(address, length))
        {
            return ThrowCode.InvalidAddress;
        }
        long done = 0;
        while (done < length)
        {
            long chunk = length - done > int.MaxValue ? int.MaxValue : length - done;
            int ior = host.WriteFile(host.Context, entries[fileId - 1].Handle, arena.Start + address + done, (int)chunk);
            if (ior != 0)
            {
                return ior;
            }
            done += chunk;
        }
        return 0;
    }

    /// <summary>WRITE-LINE: the text and a line feed.</summary>
    public long WriteLine(long fileId, long address, long length)
    {
        long ior = Write(fileId, address, length);
        if (ior != 0)
        {
            return ior;
        }
        byte newline = (byte)'\n';
        return host.WriteFile(host.Context, entries[fileId - 1].Handle, &newline, 1);
    }

    /// <summary>FILE-POSITION; the ior in <paramref name="ior"/>.</summary>
    public long Position(long fileId, out long ior) => Query(fileId, host.FilePosition, out ior);

    public long Reposition(long fileId, long position)
    {
        if (!IsOpen(fileId))
        {
            return ThrowCode.FileIo;
        }
        return position < 0 ? ThrowCode.FileIo : host.RepositionFile(host.Context, entries[fileId - 1].Handle, position);
    }

    /// <summary>FILE-SIZE; the ior in <paramref name="ior"/>.</summary>
    public long Size(long fileId, out long ior) => Query(fileId, host.FileSize, out ior);

    /// <summary>A host call that answers a number (a position, a size) or, when negative, an ior.</summary>
    private long Query(long fileId, delegate*<nint, long, long> query, out long ior)
    {
        ior = IsOpen(fileId) ? 0 : ThrowCode.FileIo;
        if (ior != 0)
        {
            return 0;
        }
        long answer = query(host.Context, entries[fileId - 1].Handle);
        if (answer < 0)
        {
            ior = answer;
            return 0;
        }
        return answer;
    }

    public long Resize(long fileId, long size)
    {
        if (!IsOpen(fileId))
        {
            return ThrowCode.FileIo;
        }
        return size < 0 ? ThrowCode.FileIo : host.ResizeFile(host.Context, entries[fileId - 1].Handle, size);
    }

    public long Flush(long fileId) => IsOpen(fileId) ? host.FlushFile(host.Context, entries[fileId - 1].Handle) : ThrowCode.FileIo;

    public long Delete(long pathAddress, long pathLength, long relativeTo)
    {
        if (!arena.IsValidRange(pathAddress, pathLength))
        {
            return ThrowCode.InvalidAddress;
        }
        if (!Available)
        {
            return ThrowCode.NonExistentFile;
        }
        System.ReadOnlySpan<byte> basePath = BasePath(relativeTo);
        fixed (byte* relative = basePath)
        {
            return host.DeleteFile(host.Context, arena.Start + pathAddress, (int)pathLength, relative, basePath.Length);
        }
    }

    public long Rename(long fromAddress, long fromLength, long toAddress, long toLength, long relativeTo)
    {
        if (!arena.IsValidRange(fromAddress, fromLength) || !arena.IsValidRange(toAddress, toLength))
        {
            return ThrowCode.InvalidAddress;
        }
        if (!Available)
        {
            return ThrowCode.NonExistentFile;
        }
        System.ReadOnlySpan<byte> basePath = BasePath(relativeTo);
        fixed (byte* relative = basePath)
        {
            return host.RenameFile(host.Context, arena.Start + fromAddress, (int)fromLength, arena.Start + toAddress, (int)toLength,
                relative, basePath.Length);
        }
    }

    /// <summary>FILE-STATUS: 0 when the file exists, else an ior.</summary>
    public long Status(long pathAddress, long pathLength, long relativeTo)
    {
        if (!arena.IsValidRange(pathAddress, pathLength))
        {
            return ThrowCode.InvalidAddress;
        }
        if (!Available)
        {
            return ThrowCode.NonExistentFile;
        }
        System.ReadOnlySpan<byte> basePath = BasePath(relativeTo);
        fixed (byte* relative = basePath)
        {
            return host.FileStatus(host.Context, arena.Start + pathAddress, (int)pathLength, relative, basePath.Length);
        }
    }

    /// <summary>REQUIRED: whether this full path was included before.</summary>
    public bool WasIncluded(System.ReadOnlySpan<byte> fullPath)
    {
        int position = 0;
        while (position < includedNamesLength)
        {
            int end = position;
            while (includedNames[end] != 0)
            {
                end++;
            }
            if (SameBytes(includedNames + position, end - position, fullPath))
            {
                return true;
            }
            position = end + 1;
        }
        return false;
    }

    private static bool SameBytes(byte* text, int length, System.ReadOnlySpan<byte> other)
    {
        if (length != other.Length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (text[i] != other[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Remembers a file as included (a full list forgets nothing already there; REQUIRED may include again).</summary>
    public void RememberIncluded(System.ReadOnlySpan<byte> fullPath)
    {
        if (fullPath.Length == 0 || WasIncluded(fullPath) || includedNamesLength + fullPath.Length + 1 > IncludedNamesCapacity)
        {
            return;
        }
        for (int i = 0; i < fullPath.Length; i++)
        {
            includedNames[includedNamesLength + i] = fullPath[i];
        }
        includedNames[includedNamesLength + fullPath.Length] = 0;
        includedNamesLength += fullPath.Length + 1;
    }
}
