using System;

namespace StarKernel.Platform;

/// <summary>
/// The files of the boot volume's <c>\starforth</c> folder, copied into kernel memory before ExitBootServices (when the
/// firmware's file system is still there) and read-only afterwards: a RAM file system that lasts until reset.
/// </summary>
internal static unsafe class BootFiles
{
    public const string FolderName = "\\starforth";
    public const int MaxFiles = 64;
    public const int MaxNameLength = 64;

    /// <summary>The copies come from the 8 MiB bump heap, which also holds the kernel's tables.</summary>
    public const ulong MaxTotalBytes = 1024 * 1024;

    private static BootFile* s_files;
    private static int s_count;
    private static ulong s_bytes;
    private static int s_skipped;

    public static int Count => s_count;

    public static ulong Bytes => s_bytes;

    /// <summary>Files left in the folder because they did not fit (too many, too big, or a name too long).</summary>
    public static int Skipped => s_skipped;

    public static bool HasRoomFor(ulong length, int nameLength) =>
        s_count < MaxFiles && nameLength <= MaxNameLength && s_bytes + length <= MaxTotalBytes;

    public static void Skip() => s_skipped++;

    /// <summary>Records a copied file; <paramref name="name"/> and <paramref name="content"/> stay where they are.</summary>
    public static void Add(byte* name, int nameLength, byte* content, ulong length)
    {
        if (s_files == null)
        {
            s_files = (BootFile*)Internal.Runtime.BumpHeap.Allocate((nuint)(MaxFiles * sizeof(BootFile)));
        }
        s_files[s_count++] = new BootFile { Name = name, NameLength = nameLength, Content = content, Length = length };
        s_bytes += length;
    }

    public static ReadOnlySpan<byte> Name(int index) => new(s_files[index].Name, s_files[index].NameLength);

    /// <summary>The file of that name, compared ASCII case-insensitively as FAT does.</summary>
    public static bool TryFind(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> content)
    {
        for (int i = 0; i < s_count; i++)
        {
            if (SameName(Name(i), name))
            {
                content = new ReadOnlySpan<byte>(s_files[i].Content, (int)s_files[i].Length);
                return true;
            }
        }
        content = default;
        return false;
    }

    private static bool SameName(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (Upper(a[i]) != Upper(b[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static byte Upper(byte c) => c >= (byte)'a' && c <= (byte)'z' ? (byte)(c - 32) : c;

    private struct BootFile
    {
        public byte* Name;
        public int NameLength;
        public byte* Content;
        public ulong Length;
    }
}
