using StarForth;
using StarKernel.Memory;
using StarKernel.Platform;

namespace StarKernel.Forth;

/// <summary>
/// The kernel's side of the VM's <see cref="HostServices"/>: memory from the page allocator, the
/// TSC as a clock, COM1 as the console, and the RAM file system (<see cref="RamFileSystem"/>) for files. There is one machine, so <c>Context</c> is unused.
/// </summary>
/// <remarks>
/// Blocks of at least <see cref="ArenaThreshold"/> (the 5 MiB arena) are mapped in the
/// arena window (<see cref="KernelMemory.ArenaBase"/>) between guard pages; smaller ones (stacks, word tables) are
/// identity-mapped pages with a header recording their page count, so Free can return them.
/// </remarks>
internal static unsafe class KernelHostServices
{
    public const ulong ArenaThreshold = 1UL << 20;

    private const ulong BlockMagic = 0x4B_4C_42_48_53_4B_52_53; // "SRKSHBLK"
    private const ulong HeaderBytes = 16;

    public static HostServices Create()
    {
        HostServices services = Basic();
        RamFileSystem.SetUp(ref services);
        return services;
    }

    private static HostServices Basic() => new HostServices
    {
        Context = 0,
        Allocate = &Allocate,
        Free = &Free,
        MonotonicNanoseconds = &MonotonicNanoseconds,
        Write = &Write,
        ReadLine = &ReadLine,

        // No block device and no init file yet: blocks are the VM's RAM blocks, and INIT reports -38.
        ReadBlock = null,
        WriteBlock = null,
        ReadInitFile = null,
        PollInterrupt = &PollInterrupt,
        MapCode = &MapCode,
        MicrosoftAbi = true, // ilc's --targetos:windows: the kernel calls native code as it calls the firmware
        UnmapCode = &UnmapCode,
    };

    private static int MapCode(nint context, nuint bytes, byte** writable, byte** executable)
    {
        if (!KernelMemory.Code.Map(bytes, out byte* writableView, out byte* executableView))
        {
            return -1;
        }
        *writable = writableView;
        *executable = executableView;
        KernelLog.Write("StarKernel: native code memory ");
        KernelLog.WriteDecimal(bytes / 1024);
        KernelLog.Write(" KiB: written at ");
        KernelLog.WriteHex((ulong)writableView);
        KernelLog.Write(" (read-write, no-execute), run at ");
        KernelLog.WriteHex((ulong)executableView);
        KernelLog.WriteLine(" (read, execute)");
        if (!KernelMemory.Code.ViewsAreWriteXorExecute())
        {
            KernelMemory.Code.Unmap();
            KernelLog.WriteLine("StarKernel: native code memory: a page is writable and executable; not used");
            return -1;
        }
        KernelLog.WriteLine("StarKernel: native code memory: every page checked in the page tables, none writable and executable");
        return 0;
    }

    private static void UnmapCode(nint context, byte* writable, byte* executable, nuint bytes) => KernelMemory.Code.Unmap();

    private static void* Allocate(nint context, nuint bytes)
    {
        if (bytes >= ArenaThreshold)
        {
            void* arena = KernelMemory.Arenas.Map(bytes);
            if (arena != null)
            {
                KernelLog.Write("StarKernel: arena ");
                KernelLog.WriteDecimal(bytes / 1024);
                KernelLog.Write(" KiB mapped read-write, no-execute at ");
                KernelLog.WriteHex((ulong)arena);
                KernelLog.WriteLine(", guard pages unmapped on both sides");
            }
            return arena;
        }
        ulong pages = PhysicalPageAllocator.PagesFor(bytes + HeaderBytes);
        ulong address = KernelMemory.Pages.Allocate(pages);
        if (address == 0)
        {
            return null;
        }
        ulong* header = (ulong*)address;
        for (ulong i = 0; i < pages * PhysicalPageAllocator.PageSize / sizeof(ulong); i++)
        {
            header[i] = 0;
        }
        header[0] = BlockMagic;
        header[1] = pages;
        return (byte*)address + HeaderBytes;
    }

    private static void Free(nint context, void* block)
    {
        if (KernelMemory.Arenas.Contains(block))
        {
            Check(KernelMemory.Arenas.TryUnmap(block));
            return;
        }
        ulong* header = (ulong*)((byte*)block - HeaderBytes);
        Check(header[0] == BlockMagic);
        header[0] = 0;
        Check(KernelMemory.Pages.Free((ulong)header, header[1]));
    }

    private static void Check(bool freed)
    {
        if (!freed)
        {
            KernelPanic.Stop("Free: not a block from Allocate");
        }
    }

    /// <summary>
    /// Raw TSC ticks stand in for nanoseconds until the timer is calibrated: monotonic, the only
    /// property the VM relies on (parity mode replaces the clock anyway).
    /// </summary>
    private static ulong MonotonicNanoseconds(nint context) => Cpu.ReadTimestampCounter();

    private static void Write(nint context, byte* bytes, int length) => KernelLog.Write(new System.ReadOnlySpan<byte>(bytes, length));

    private static int ReadLine(nint context, byte* buffer, int capacity) => SerialLineReader.ReadLine(buffer, capacity);

    /// <summary>Ctrl-C on COM1 stops the running word with -28 (the VM asks every few thousand steps).</summary>
    private static int PollInterrupt(nint context) => SerialLineReader.PollInterrupt() ? 1 : 0;
}
