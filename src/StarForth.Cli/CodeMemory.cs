using System;
using System.Runtime.InteropServices;

namespace StarForth.Cli;

/// <summary>
/// Executable memory for native code on Linux x86-64 (<see cref="HostServices.MapCode"/>): one anonymous memory file
/// mapped twice, readable and writable at one address and readable and executable at another. No page is ever
/// writable and executable at once, and no mprotect call is needed when the compiler adds code.
/// </summary>
public static unsafe partial class CodeMemory
{
    private const int ProtectRead = 1;
    private const int ProtectWrite = 2;
    private const int ProtectExecute = 4;
    private const int MapShared = 1;
    private const uint CloseOnExec = 1;

    /// <summary>True where native code can run: Linux on x86-64.</summary>
    public static bool IsSupported => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>The host hook: 0 with both views written, -1 when the kernel refused.</summary>
    public static int Map(nint context, nuint size, byte** writable, byte** executable)
    {
        if (!IsSupported)
        {
            return -1;
        }
        int file = MemfdCreate("starforth-code", CloseOnExec);
        if (file < 0)
        {
            return -1;
        }
        try
        {
            if (Ftruncate(file, (long)size) != 0)
            {
                return -1;
            }
            nint write = Mmap(0, size, ProtectRead | ProtectWrite, MapShared, file, 0);
            nint execute = Mmap(0, size, ProtectRead | ProtectExecute, MapShared, file, 0);
            if (write == -1 || execute == -1)
            {
                if (write != -1)
                {
                    Munmap(write, size);
                }
                if (execute != -1)
                {
                    Munmap(execute, size);
                }
                return -1;
            }
            *writable = (byte*)write;
            *executable = (byte*)execute;
            return 0;
        }
        finally
        {
            Close(file); // the mappings keep the memory
        }
    }

    /// <summary>The host hook that unmaps both views.</summary>
    public static void Unmap(nint context, byte* writable, byte* executable, nuint size)
    {
        Munmap((nint)writable, size);
        Munmap((nint)executable, size);
    }

    /// <summary>The host hook for SEE-CODE: Iced's NASM syntax, one "address  bytes  instruction" line each.</summary>
    public static int Disassemble(nint context, byte* code, int length, ulong address, byte* text, int capacity)
    {
        var decoder = Iced.Intel.Decoder.Create(64, new Iced.Intel.ByteArrayCodeReader(new ReadOnlySpan<byte>(code, length).ToArray()), address);
        var formatter = new Iced.Intel.NasmFormatter();
        var output = new Iced.Intel.StringOutput();
        var lines = new System.Text.StringBuilder();
        while (decoder.IP < address + (ulong)length)
        {
            ulong at = decoder.IP;
            Iced.Intel.Instruction instruction = decoder.Decode();
            formatter.Format(instruction, output);
            string bytes = Convert.ToHexString(new ReadOnlySpan<byte>(code + (at - address), instruction.Length));
            lines.Append($"  {at:X16}  {bytes,-22}  {output.ToStringAndReset()}\n");
        }
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(lines.ToString());
        if (utf8.Length > capacity)
        {
            return -1;
        }
        utf8.CopyTo(new Span<byte>(text, capacity));
        return utf8.Length;
    }

    /// <summary>The protection of the page holding <paramref name="address"/> in /proc/self/maps ("r-xs", "rw-s"), for the W^X test.</summary>
    public static string? ProtectionOf(nint address)
    {
        foreach (string line in System.IO.File.ReadLines("/proc/self/maps"))
        {
            int dash = line.IndexOf('-');
            int space = line.IndexOf(' ');
            ulong start = Convert.ToUInt64(line[..dash], 16);
            ulong end = Convert.ToUInt64(line[(dash + 1)..space], 16);
            if ((ulong)address >= start && (ulong)address < end)
            {
                return line.Substring(space + 1, 4);
            }
        }
        return null;
    }

    [LibraryImport("libc", EntryPoint = "memfd_create", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MemfdCreate(string name, uint flags);

    [LibraryImport("libc", EntryPoint = "ftruncate")]
    private static partial int Ftruncate(int file, long length);

    [LibraryImport("libc", EntryPoint = "mmap")]
    private static partial nint Mmap(nint address, nuint length, int protection, int flags, int file, long offset);

    [LibraryImport("libc", EntryPoint = "munmap")]
    private static partial int Munmap(nint address, nuint length);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int file);
}
