namespace StarKernel.Memory;

/// <summary>
/// A 4-level x86-64 page-table tree (PML4 → PDPT → PD → PT) built from pages of the
/// <see cref="PhysicalPageAllocator"/>. Maps 4 KiB and 2 MiB pages; loading <see cref="Root"/>
/// into CR3 is the caller's business.
/// </summary>
/// <remarks>
/// Tables are reached through <c>window</c>, the pointer at which physical address 0 is visible
/// (null in the kernel, where the tables themselves are identity-mapped), so the hosted tests can
/// build and walk a tree in ordinary memory.
/// </remarks>
internal sealed unsafe class AddressSpace
{
    public const ulong Present = 1UL << 0;
    public const ulong Writable = 1UL << 1;
    public const ulong LargePage = 1UL << 7;

    /// <summary>Honoured only once EFER.NXE is set; before that the bit is reserved and faults.</summary>
    public const ulong NoExecute = 1UL << 63;

    public const ulong LargePageSize = 2UL << 20;

    private const ulong AddressMask = 0x000F_FFFF_FFFF_F000;
    private const ulong LargeAddressMask = 0x000F_FFFF_FFE0_0000;
    private const int EntriesPerTable = 512;

    private readonly PhysicalPageAllocator pages;
    private readonly byte* window;

    private AddressSpace(PhysicalPageAllocator pages, byte* window, ulong root)
    {
        this.pages = pages;
        this.window = window;
        Root = root;
    }

    /// <summary>Physical address of the PML4, the value for CR3.</summary>
    public ulong Root { get; }

    /// <summary>Pages taken for tables so far, the PML4 included.</summary>
    public ulong TablePages { get; private set; }

    public static AddressSpace? Create(PhysicalPageAllocator pages, byte* window)
    {
        ulong root = pages.Allocate(1);
        if (root == 0)
        {
            return null;
        }
        var space = new AddressSpace(pages, window, root) { TablePages = 1 };
        space.Zero(root);
        return space;
    }

    /// <summary>Maps one 4 KiB page; false when tables cannot be allocated or a 2 MiB page covers it.</summary>
    public bool Map(ulong virtualAddress, ulong physicalAddress, ulong flags)
    {
        ulong* table = Walk(virtualAddress, 1, create: true);
        if (table == null)
        {
            return false;
        }
        table[Index(virtualAddress, 1)] = (physicalAddress & AddressMask) | flags | Present;
        return true;
    }

    /// <summary>Maps one 2 MiB page (both addresses 2 MiB-aligned); false when a 4 KiB table is already there.</summary>
    public bool MapLarge(ulong virtualAddress, ulong physicalAddress, ulong flags)
    {
        ulong* directory = Walk(virtualAddress, 2, create: true);
        if (directory == null)
        {
            return false;
        }
        ref ulong entry = ref directory[Index(virtualAddress, 2)];
        if ((entry & Present) != 0 && (entry & LargePage) == 0)
        {
            return false;
        }
        entry = (physicalAddress & LargeAddressMask) | flags | LargePage | Present;
        return true;
    }

    /// <summary>Removes a 4 KiB mapping; false when it was not mapped. The TLB entry is the caller's to flush.</summary>
    public bool Unmap(ulong virtualAddress)
    {
        ulong* table = Walk(virtualAddress, 1, create: false);
        if (table == null || (table[Index(virtualAddress, 1)] & Present) == 0)
        {
            return false;
        }
        table[Index(virtualAddress, 1)] = 0;
        return true;
    }

    /// <summary>Walks the tree the way the MMU does; false when the address is not mapped.</summary>
    public bool TryTranslate(ulong virtualAddress, out ulong physicalAddress, out ulong flags)
    {
        physicalAddress = 0;
        flags = 0;
        ulong* table = Pointer(Root);
        for (int level = 4; level >= 1; level--)
        {
            ulong entry = table[Index(virtualAddress, level)];
            if ((entry & Present) == 0)
            {
                return false;
            }
            if (level == 1 || (level == 2 && (entry & LargePage) != 0))
            {
                ulong pageMask = level == 1 ? PhysicalPageAllocator.PageSize - 1 : LargePageSize - 1;
                physicalAddress = (entry & AddressMask & ~pageMask) | (virtualAddress & pageMask);
                flags = entry & ~AddressMask;
                return true;
            }
            table = Pointer(entry & AddressMask);
        }
        return false;
    }

    /// <summary>
    /// The table at <paramref name="level"/> (1 = page table, 2 = page directory) that covers the
    /// address, creating the missing ones above it; null when allocation fails, the path is
    /// absent and <paramref name="create"/> is false, or a large page covers the address.
    /// </summary>
    private ulong* Walk(ulong virtualAddress, int level, bool create)
    {
        ulong* table = Pointer(Root);
        for (int current = 4; current > level; current--)
        {
            ref ulong entry = ref table[Index(virtualAddress, current)];
            if ((entry & Present) == 0)
            {
                if (!create)
                {
                    return null;
                }
                ulong next = pages.Allocate(1);
                if (next == 0)
                {
                    return null;
                }
                TablePages++;
                Zero(next);
                // Upper levels allow everything; the leaf entry decides writability and execution.
                entry = next | Writable | Present;
            }
            else if ((entry & LargePage) != 0)
            {
                return null;
            }
            table = Pointer(entry & AddressMask);
        }
        return table;
    }

    private static int Index(ulong virtualAddress, int level) => (int)((virtualAddress >> (12 + 9 * (level - 1))) & (EntriesPerTable - 1));

    private ulong* Pointer(ulong physicalAddress) => (ulong*)(window + physicalAddress);

    private void Zero(ulong physicalAddress)
    {
        ulong* table = Pointer(physicalAddress);
        for (int i = 0; i < EntriesPerTable; i++)
        {
            table[i] = 0;
        }
    }
}
