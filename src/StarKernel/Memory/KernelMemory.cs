using StarKernel.Platform;

namespace StarKernel.Memory;

/// <summary>
/// Takes over memory from the firmware: the physical page allocator, the kernel's own page tables
/// (identity map of everything the firmware's map describes, page 0 left out so null pointers
/// fault), no-execute enabled, and the guarded windows for the VM arena and the kernel stack.
/// </summary>
internal static unsafe class KernelMemory
{
    /// <summary>Where the VM arena is mapped, as in the C kernel.</summary>
    public const ulong ArenaBase = 0xFFFF_9000_0000_0000;

    /// <summary>Where the kernel stack is mapped; the guard page below it turns an overflow into a fault.</summary>
    public const ulong StackBase = 0xFFFF_A000_0000_0000;

    private const uint ExtendedFeatureEnableMsr = 0xC000_0080;
    private const ulong NoExecuteEnable = 1UL << 11;
    private const ulong FiveLevelPaging = 1UL << 12;  // CR4.LA57

    public static PhysicalPageAllocator Pages = null!;
    public static AddressSpace Space = null!;
    public static GuardedWindow Arenas = null!;
    public static GuardedWindow Stacks = null!;
    public static CodeWindow Code = null!;

    public static void Initialize(BootMemory memory)
    {
        PhysicalRange image = KernelImage.Range;
        System.Span<PhysicalRange> reserved = stackalloc PhysicalRange[2];
        reserved[0] = image;
        reserved[1] = new PhysicalRange((ulong)Internal.Runtime.BumpHeap.Start, (ulong)Internal.Runtime.BumpHeap.End);

        PhysicalPageAllocator? pages = PhysicalPageAllocator.Create(memory.Conventional, reserved, null);
        if (pages == null)
        {
            KernelPanic.Stop("no conventional memory for the page allocator");
        }
        Pages = pages;
        KernelLog.Write("StarKernel: page allocator: ");
        KernelLog.WriteDecimal(pages.FreePages * PhysicalPageAllocator.PageSize / (1024 * 1024));
        KernelLog.Write(" MiB free in ");
        KernelLog.WriteDecimal(pages.FreePages);
        KernelLog.Write(" pages; bitmap at ");
        KernelLog.WriteHex(pages.Bitmap.Start);
        KernelLog.Write("; image ");
        KernelLog.WriteHex(image.Start);
        KernelLog.Write("..");
        KernelLog.WriteHex(image.End);
        KernelLog.WriteLine(" reserved");

        if ((Cpu.ReadCr4() & FiveLevelPaging) != 0)
        {
            KernelPanic.Stop("the firmware left 5-level paging on; only 4-level page tables are built");
        }
        AddressSpace? space = AddressSpace.Create(pages, null);
        if (space == null)
        {
            KernelPanic.Stop("no memory for page tables");
        }
        Space = space;
        ulong mappedBytes = IdentityMap(space, memory.Described);

        // NX entries are reserved bits until EFER.NXE is set: set it before loading the tables.
        Cpu.WriteMsr(ExtendedFeatureEnableMsr, Cpu.ReadMsr(ExtendedFeatureEnableMsr) | NoExecuteEnable);
        Cpu.WriteCr3(space.Root);
        Arenas = new GuardedWindow(space, pages, ArenaBase);
        Stacks = new GuardedWindow(space, pages, StackBase);
        Code = new CodeWindow(space, pages);

        KernelLog.Write("StarKernel: page tables loaded: cr3=");
        KernelLog.WriteHex(space.Root);
        KernelLog.Write(", identity map ");
        KernelLog.WriteDecimal(mappedBytes / (1024 * 1024));
        KernelLog.Write(" MiB in ");
        KernelLog.WriteDecimal(space.TablePages);
        KernelLog.WriteLine(" table pages, page 0 unmapped, NX on");
    }

    /// <summary>
    /// 2 MiB pages over every described range, rounded out; the first 2 MiB in 4 KiB pages so that
    /// page 0 can stay unmapped. Read-write and executable: the image, heap and firmware stack are in there.
    /// </summary>
    private static ulong IdentityMap(AddressSpace space, PhysicalRange[] described)
    {
        const ulong Large = AddressSpace.LargePageSize;
        ulong mapped = 0;
        for (ulong page = PhysicalPageAllocator.PageSize; page < Large; page += PhysicalPageAllocator.PageSize)
        {
            Require(space.Map(page, page, AddressSpace.Writable));
        }
        mapped += Large;
        for (int i = 0; i < described.Length; i++)
        {
            ulong end = (described[i].End + Large - 1) & ~(Large - 1);
            for (ulong chunk = described[i].Start & ~(Large - 1); chunk < end; chunk += Large)
            {
                if (chunk == 0 || space.TryTranslate(chunk, out _, out _))
                {
                    continue;
                }
                Require(space.MapLarge(chunk, chunk, AddressSpace.Writable));
                mapped += Large;
            }
        }
        return mapped;
    }

    private static void Require(bool mapped)
    {
        if (!mapped)
        {
            KernelPanic.Stop("no memory for the identity map");
        }
    }
}
