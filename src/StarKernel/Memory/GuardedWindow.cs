using StarKernel.Platform;

namespace StarKernel.Memory;

/// <summary>
/// A high virtual window for blocks that must not overrun silently (the VM arena, the kernel
/// stack): physically contiguous pages mapped read-write and no-execute from <see cref="Base"/> up,
/// each block between unmapped guard pages, so running off either end faults instead of
/// corrupting a neighbour.
/// </summary>
/// <remarks>
/// The page tables are the only record: a block is the run of mapped pages that starts after a
/// guard page. Virtual addresses are not reused after <see cref="TryUnmap"/>; a window is
/// 512 GiB (one PML4 entry).
/// </remarks>
internal sealed unsafe class GuardedWindow
{
    private const ulong PageSize = PhysicalPageAllocator.PageSize;
    private const ulong Size = 512UL << 30;

    private readonly AddressSpace space;
    private readonly PhysicalPageAllocator pages;
    private ulong next;

    /// <param name="windowBase">The first block's address; its guard page sits just below.</param>
    public GuardedWindow(AddressSpace space, PhysicalPageAllocator pages, ulong windowBase)
    {
        this.space = space;
        this.pages = pages;
        Base = windowBase;
        next = windowBase;
    }

    public ulong Base { get; }

    /// <summary>Maps zeroed memory for at least <paramref name="bytes"/>; null when no contiguous run is free.</summary>
    public void* Map(ulong bytes)
    {
        ulong count = PhysicalPageAllocator.PagesFor(bytes);
        ulong physical = pages.Allocate(count);
        if (physical == 0)
        {
            return null;
        }
        ulong start = next;
        for (ulong i = 0; i < count; i++)
        {
            if (!space.Map(start + i * PageSize, physical + i * PageSize, AddressSpace.Writable | AddressSpace.NoExecute))
            {
                System.Environment.FailFast("out of memory for page tables");
            }
        }
        ulong* cells = (ulong*)start;
        for (ulong i = 0; i < count * PageSize / sizeof(ulong); i++)
        {
            cells[i] = 0;
        }
        // The page after the block stays unmapped: it guards this block's end and the next one's start.
        next = start + (count + 1) * PageSize;
        return (void*)start;
    }

    /// <summary>Unmaps a block <see cref="Map"/> returned and frees its pages; false for any other address.</summary>
    public bool TryUnmap(void* block)
    {
        ulong start = (ulong)block;
        ulong count = MappedPagesAt(start);
        if (count == 0 || start % PageSize != 0 || space.TryTranslate(start - PageSize, out _, out _))
        {
            return false;
        }
        space.TryTranslate(start, out ulong physical, out _);
        for (ulong i = 0; i < count; i++)
        {
            space.Unmap(start + i * PageSize);
            Cpu.InvalidatePage((void*)(start + i * PageSize));
        }
        return pages.Free(physical, count);
    }

    public bool Contains(void* address) => (ulong)address >= Base && (ulong)address < Base + Size;

    /// <summary>How many pages are mapped from <paramref name="address"/> up to the next guard page.</summary>
    public ulong MappedPagesAt(ulong address)
    {
        ulong count = 0;
        while (space.TryTranslate(address + count * PageSize, out _, out _))
        {
            count++;
        }
        return count;
    }
}
