namespace StarForth.Words;

/// <summary>
/// FILE and FILE EXT: files through the host's file services (OpenFiles). File ids are small integers the VM hands
/// out; every word that takes one answers a bad id with ior -37 rather than failing. Relative names start from the
/// folder of the file being included, then the host's working directory.
/// </summary>
public static class FileWords
{
    [ForthWord("R/O", "( -- fam )")]
    public static long ReadOnly() => OpenFiles.ReadOnly;

    [ForthWord("W/O", "( -- fam )")]
    public static long WriteOnly() => OpenFiles.WriteOnly;

    [ForthWord("R/W", "( -- fam )")]
    public static long ReadWrite() => OpenFiles.ReadWrite;

    [ForthWord("BIN", "( fam1 -- fam2 )")]
    public static long Bin(long fam) => fam | OpenFiles.Binary;

    [ForthWord("OPEN-FILE", "( c-addr u fam -- fileid ior )")]
    public static void OpenFile(Machine m) => Open(m, create: false);

    /// <summary>CREATE-FILE: a new file, or an existing one emptied.</summary>
    [ForthWord("CREATE-FILE", "( c-addr u fam -- fileid ior )")]
    public static void CreateFile(Machine m) => Open(m, create: true);

    private static void Open(Machine m, bool create)
    {
        long fam = m.Stack.Pop();
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        long ior = m.Files.Open(address, length, fam, create, m.OuterInterpreter.IncludingFileId, out long fileId);
        m.Stack.Push(fileId);
        m.Stack.Push(ior);
    }

    [ForthWord("CLOSE-FILE", "( fileid -- ior )")]
    public static long CloseFile(Machine m, long fileId) => m.Files.Close(fileId);

    [ForthWord("DELETE-FILE", "( c-addr u -- ior )")]
    public static void DeleteFile(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(m.Files.Delete(address, length, m.OuterInterpreter.IncludingFileId));
        }
    }

    [ForthWord("RENAME-FILE", "( c-addr1 u1 c-addr2 u2 -- ior )")]
    public static void RenameFile(Machine m)
    {
        long toLength = m.Stack.Pop();
        long toAddress = m.Stack.Pop();
        long fromLength = m.Stack.Pop();
        long fromAddress = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(m.Files.Rename(fromAddress, fromLength, toAddress, toLength, m.OuterInterpreter.IncludingFileId));
        }
    }

    [ForthWord("READ-FILE", "( c-addr u1 fileid -- u2 ior )")]
    public static void ReadFile(Machine m)
    {
        long fileId = m.Stack.Pop();
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        long ior = m.Files.Read(fileId, address, length, out long count);
        m.Stack.Push(count);
        m.Stack.Push(ior);
    }

    /// <summary>READ-LINE: flag false (and u2 0) only at the end of the file; a longer line comes back in pieces of u1.</summary>
    [ForthWord("READ-LINE", "( c-addr u1 fileid -- u2 flag ior )")]
    public static void ReadLine(Machine m)
    {
        long fileId = m.Stack.Pop();
        long capacity = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        long ior = m.Files.ReadLine(fileId, address, capacity, out long count, out bool found, out _);
        m.Stack.Push(count);
        m.Stack.PushFlag(found && ior == 0);
        m.Stack.Push(ior);
    }

    [ForthWord("WRITE-FILE", "( c-addr u fileid -- ior )")]
    public static long WriteFile(Machine m, long address, long length, long fileId) => m.Files.Write(fileId, address, length);

    [ForthWord("WRITE-LINE", "( c-addr u fileid -- ior )")]
    public static long WriteLine(Machine m, long address, long length, long fileId) => m.Files.WriteLine(fileId, address, length);

    [ForthWord("FILE-POSITION", "( fileid -- ud ior )")]
    public static void FilePosition(Machine m)
    {
        long fileId = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        PushUnsignedDouble(m, m.Files.Position(fileId, out long ior), ior);
    }

    /// <summary>REPOSITION-FILE: a position past the end is allowed (a later write extends the file); ud above 2^63 is -37.</summary>
    [ForthWord("REPOSITION-FILE", "( ud fileid -- ior )")]
    public static long RepositionFile(Machine m, long low, long high, long fileId) =>
        high != 0 ? ThrowCode.FileIo : m.Files.Reposition(fileId, low);

    [ForthWord("FILE-SIZE", "( fileid -- ud ior )")]
    public static void FileSize(Machine m)
    {
        long fileId = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        PushUnsignedDouble(m, m.Files.Size(fileId, out long ior), ior);
    }

    /// <summary>FILE-POSITION and FILE-SIZE: ud (a non-negative cell, high cell 0) and the ior.</summary>
    private static void PushUnsignedDouble(Machine m, long value, long ior)
    {
        m.Stack.Push(value);
        m.Stack.Push(0);
        m.Stack.Push(ior);
    }

    [ForthWord("RESIZE-FILE", "( ud fileid -- ior )")]
    public static long ResizeFile(Machine m, long low, long high, long fileId) =>
        high != 0 ? ThrowCode.FileIo : m.Files.Resize(fileId, low);

    /// <summary>FILE-STATUS: x is 0 (no status bits are kept); ior 0 when the file exists, -38 when it does not.</summary>
    [ForthWord("FILE-STATUS", "( c-addr u -- x ior )")]
    public static void FileStatus(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        long ior = m.Files.Status(address, length, m.OuterInterpreter.IncludingFileId);
        m.Stack.Push(0);
        m.Stack.Push(ior);
    }

    [ForthWord("FLUSH-FILE", "( fileid -- ior )")]
    public static long FlushFile(Machine m, long fileId) => m.Files.Flush(fileId);

    /// <summary>INCLUDE-FILE: interprets the open file to its end, then closes it.</summary>
    [ForthWord("INCLUDE-FILE", "( i*x fileid -- j*x )")]
    public static void IncludeFile(Machine m)
    {
        long fileId = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.OuterInterpreter.IncludeFile(fileId);
        }
    }

    /// <summary>INCLUDED: opens the named file (its ior is thrown: -38 when it does not exist) and includes it.</summary>
    [ForthWord("INCLUDED", "( i*x c-addr u -- j*x )")]
    public static void Included(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            Include(m, address, length, onlyOnce: false);
        }
    }

    [ForthWord("INCLUDE", "( i*x \"name\" -- j*x )")]
    public static void IncludeName(Machine m)
    {
        long address = m.OuterInterpreter.ParseName(out long length);
        Include(m, address, length, onlyOnce: false);
    }

    /// <summary>REQUIRED: INCLUDED unless a file with the same full path was included before.</summary>
    [ForthWord("REQUIRED", "( i*x c-addr u -- i*x )")]
    public static void Required(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            Include(m, address, length, onlyOnce: true);
        }
    }

    [ForthWord("REQUIRE", "( i*x \"name\" -- i*x )")]
    public static void RequireName(Machine m)
    {
        long address = m.OuterInterpreter.ParseName(out long length);
        Include(m, address, length, onlyOnce: true);
    }

    private static void Include(Machine m, long address, long length, bool onlyOnce)
    {
        if (length == 0)
        {
            m.Throw(ThrowCode.ZeroLengthName);
            return;
        }
        long ior = m.Files.Open(address, length, OpenFiles.ReadOnly, create: false, m.OuterInterpreter.IncludingFileId, out long fileId);
        if (ior != 0)
        {
            if (m.Arena.IsValidRange(address, length))
            {
                m.Throw(ior, m.Arena.Bytes(address, length));
            }
            else
            {
                m.Throw(ior);
            }
            return;
        }
        if (onlyOnce && m.Files.WasIncluded(m.Files.PathOf(fileId)))
        {
            m.Files.Close(fileId);
            return;
        }
        m.OuterInterpreter.IncludeFile(fileId);
    }
}
