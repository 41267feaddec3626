using System;
using StarForth;
using StarKernel.Platform;

namespace StarKernel.Forth;

/// <summary>
/// The kernel's side of the VM's file services: a flat RAM file system seeded from the boot disk's <c>\starforth</c>
/// folder (<see cref="BootFiles"/>). Files are read where the boot disk copy lies until their first write, which moves
/// them to memory of their own from the kernel heap (never given back: the page allocator's count of pages returned
/// when the machine is released stays exact); created, written, renamed and deleted files last until reset, never on
/// the disk.
/// A name is its last path component (<c>lib/a.fs</c> and <c>a.fs</c> are one file), compared as FAT does.
/// </summary>
internal static unsafe class RamFileSystem
{
    public const int MaxFiles = 96;
    public const int MaxOpen = 32;

    private const int FileIo = ThrowCode.FileIo;
    private const int NonExistentFile = ThrowCode.NonExistentFile;
    private const int ReadAccess = 1;
    private const int WriteAccess = 2;
    private const int CreateAccess = 8;

    private struct RamFile
    {
        public int InUse;
        public int NameLength;
        public fixed byte Name[BootFiles.MaxNameLength];
        public byte* Content;
        public ulong Length;

        /// <summary>Bytes of heap owned by this file (0 while it still reads the boot disk's copy).</summary>
        public ulong Capacity;
    }

    private struct OpenFile
    {
        public int File;
        public int Access;
        public ulong Position;
        public int InUse;
    }

    private static RamFile* s_files;
    private static OpenFile* s_open;

    public static void SetUp(ref HostServices services)
    {
        s_files = (RamFile*)Internal.Runtime.BumpHeap.Allocate((nuint)(MaxFiles * sizeof(RamFile)));
        s_open = (OpenFile*)Internal.Runtime.BumpHeap.Allocate((nuint)(MaxOpen * sizeof(OpenFile)));
        if (s_files == null || s_open == null)
        {
            return;
        }
        for (int i = 0; i < MaxFiles; i++)
        {
            s_files[i].InUse = 0;
        }
        for (int i = 0; i < MaxOpen; i++)
        {
            s_open[i].InUse = 0;
        }
        for (int i = 0; i < BootFiles.Count && i < MaxFiles; i++)
        {
            ReadOnlySpan<byte> name = BootFiles.Name(i);
            BootFiles.TryFind(name, out ReadOnlySpan<byte> content);
            RamFile* file = s_files + i;
            file->InUse = 1;
            SetName(file, name);
            fixed (byte* text = content)
            {
                file->Content = text;
            }
            file->Length = (ulong)content.Length;
            file->Capacity = 0;
        }
        services.OpenFile = &Open;
        services.CloseFile = &Close;
        services.ReadFile = &Read;
        services.WriteFile = &Write;
        services.FilePosition = &Position;
        services.RepositionFile = &Reposition;
        services.FileSize = &Size;
        services.ResizeFile = &Resize;
        services.FlushFile = &Flush;
        services.DeleteFile = &Delete;
        services.RenameFile = &Rename;
        services.FileStatus = &Status;
    }

    private static int Open(nint context, byte* name, int nameLength, byte* basePath, int baseLength, int access, long* handle,
        byte* fullPath, int fullCapacity)
    {
        ReadOnlySpan<byte> leaf = Leaf(new ReadOnlySpan<byte>(name, nameLength));
        if (leaf.Length == 0 || leaf.Length > BootFiles.MaxNameLength)
        {
            return NonExistentFile;
        }
        int index = Find(leaf);
        if (index < 0)
        {
            if ((access & CreateAccess) == 0)
            {
                return NonExistentFile;
            }
            index = NewFile(leaf);
            if (index < 0)
            {
                return FileIo;
            }
        }
        else if ((access & CreateAccess) != 0)
        {
            s_files[index].Length = 0;
        }
        int slot = 0;
        while (slot < MaxOpen && s_open[slot].InUse != 0)
        {
            slot++;
        }
        if (slot == MaxOpen)
        {
            return FileIo;
        }
        s_open[slot] = new OpenFile { File = index, Access = access & (ReadAccess | WriteAccess), Position = 0, InUse = 1 };
        *handle = slot;
        int length = leaf.Length < fullCapacity ? leaf.Length : fullCapacity;
        for (int i = 0; i < length; i++)
        {
            fullPath[i] = leaf[i];
        }
        return leaf.Length;
    }

    private static int Close(nint context, long handle)
    {
        OpenFile* open = OpenOf(handle);
        if (open == null)
        {
            return FileIo;
        }
        open->InUse = 0;
        return 0;
    }

    private static long Read(nint context, long handle, byte* buffer, int count)
    {
        OpenFile* open = OpenOf(handle);
        if (open == null || (open->Access & ReadAccess) == 0)
        {
            return FileIo;
        }
        RamFile* file = s_files + open->File;
        ulong available = open->Position < file->Length ? file->Length - open->Position : 0;
        ulong taken = (ulong)count < available ? (ulong)count : available;
        for (ulong i = 0; i < taken; i++)
        {
            buffer[i] = file->Content[open->Position + i];
        }
        open->Position += taken;
        return (long)taken;
    }

    private static int Write(nint context, long handle, byte* bytes, int count)
    {
        OpenFile* open = OpenOf(handle);
        if (open == null || (open->Access & WriteAccess) == 0)
        {
            return FileIo;
        }
        RamFile* file = s_files + open->File;
        ulong end = open->Position + (ulong)count;
        if (!Reserve(file, end))
        {
            return FileIo;
        }
        for (ulong i = file->Length; i < open->Position; i++)
        {
            file->Content[i] = 0;
        }
        for (int i = 0; i < count; i++)
        {
            file->Content[open->Position + (ulong)i] = bytes[i];
        }
        open->Position = end;
        if (end > file->Length)
        {
            file->Length = end;
        }
        return 0;
    }

    private static long Position(nint context, long handle)
    {
        OpenFile* open = OpenOf(handle);
        return open == null ? FileIo : (long)open->Position;
    }

    private static int Reposition(nint context, long handle, long position)
    {
        OpenFile* open = OpenOf(handle);
        if (open == null || position < 0)
        {
            return FileIo;
        }
        open->Position = (ulong)position;
        return 0;
    }

    private static long Size(nint context, long handle)
    {
        OpenFile* open = OpenOf(handle);
        return open == null ? FileIo : (long)s_files[open->File].Length;
    }

    private static int Resize(nint context, long handle, long size)
    {
        OpenFile* open = OpenOf(handle);
        if (open == null || size < 0 || (open->Access & WriteAccess) == 0)
        {
            return FileIo;
        }
        RamFile* file = s_files + open->File;
        if (!Reserve(file, (ulong)size))
        {
            return FileIo;
        }
        for (ulong i = file->Length; i < (ulong)size; i++)
        {
            file->Content[i] = 0;
        }
        file->Length = (ulong)size;
        return 0;
    }

    private static int Flush(nint context, long handle) => OpenOf(handle) == null ? FileIo : 0;

    private static int Delete(nint context, byte* name, int nameLength, byte* basePath, int baseLength)
    {
        int index = Find(Leaf(new ReadOnlySpan<byte>(name, nameLength)));
        if (index < 0)
        {
            return NonExistentFile;
        }
        s_files[index].InUse = 0;
        return 0;
    }

    private static int Rename(nint context, byte* from, int fromLength, byte* to, int toLength, byte* basePath, int baseLength)
    {
        int index = Find(Leaf(new ReadOnlySpan<byte>(from, fromLength)));
        if (index < 0)
        {
            return NonExistentFile;
        }
        ReadOnlySpan<byte> newName = Leaf(new ReadOnlySpan<byte>(to, toLength));
        if (newName.Length == 0 || newName.Length > BootFiles.MaxNameLength)
        {
            return FileIo;
        }
        int existing = Find(newName);
        if (existing >= 0 && existing != index)
        {
            Delete(context, to, toLength, basePath, baseLength);
        }
        SetName(s_files + index, newName);
        return 0;
    }

    private static int Status(nint context, byte* name, int nameLength, byte* basePath, int baseLength) =>
        Find(Leaf(new ReadOnlySpan<byte>(name, nameLength))) >= 0 ? 0 : NonExistentFile;

    /// <summary>Room for <paramref name="length"/> bytes the file owns (a boot disk file is copied out first).</summary>
    private static bool Reserve(RamFile* file, ulong length)
    {
        if (file->Capacity != 0 && length <= file->Capacity)
        {
            return true;
        }
        ulong wanted = length > file->Length ? length : file->Length;
        ulong capacity = wanted * 2 + 64;
        if (capacity > Internal.Runtime.BumpHeap.BytesFree / 2)
        {
            return false; // the rest of the heap stays for the kernel's own tables
        }
        byte* content = Internal.Runtime.BumpHeap.Allocate((nuint)capacity);
        if (content == null)
        {
            return false;
        }
        for (ulong i = 0; i < file->Length; i++)
        {
            content[i] = file->Content[i];
        }
        file->Content = content;
        file->Capacity = capacity;
        return true;
    }

    private static int NewFile(ReadOnlySpan<byte> name)
    {
        for (int i = 0; i < MaxFiles; i++)
        {
            if (s_files[i].InUse == 0)
            {
                RamFile* file = s_files + i;
                file->InUse = 1;
                SetName(file, name);
                file->Content = null;
                file->Length = 0;
                file->Capacity = 0;
                return Reserve(file, 1) ? i : -1;
            }
        }
        return -1;
    }

    private static OpenFile* OpenOf(long handle) =>
        handle >= 0 && handle < MaxOpen && s_open[handle].InUse != 0 && s_files[s_open[handle].File].InUse != 0 ? s_open + handle : null;

    private static int Find(ReadOnlySpan<byte> name)
    {
        for (int i = 0; i < MaxFiles; i++)
        {
            if (s_files[i].InUse != 0 && SameName(s_files + i, name))
            {
                return i;
            }
        }
        return -1;
    }

    private static void SetName(RamFile* file, ReadOnlySpan<byte> name)
    {
        int length = name.Length < BootFiles.MaxNameLength ? name.Length : BootFiles.MaxNameLength;
        for (int i = 0; i < length; i++)
        {
            file->Name[i] = name[i];
        }
        file->NameLength = length;
    }

    private static bool SameName(RamFile* file, ReadOnlySpan<byte> name)
    {
        if (file->NameLength != name.Length)
        {
            return false;
        }
        for (int i = 0; i < name.Length; i++)
        {
            if (Upper(file->Name[i]) != Upper(name[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static byte Upper(byte c) => c >= (byte)'a' && c <= (byte)'z' ? (byte)(c - 32) : c;

    /// <summary>The last path component: the RAM file system has one folder.</summary>
    private static ReadOnlySpan<byte> Leaf(ReadOnlySpan<byte> path)
    {
        int start = 0;
        for (int i = 0; i < path.Length; i++)
        {
            if (path[i] == (byte)'/' || path[i] == (byte)'\\')
            {
                start = i + 1;
            }
        }
        return path.Slice(start);
    }
}
