using StarKernel.Platform;

namespace StarKernel.Memory;

/// <summary>
/// Code memory for the VM's native code (<c>HostServices.MapCode</c>): one run of physically contiguous pages
/// mapped twice in the kernel's own page tables, read-write and no-execute at <see cref="WritableBase"/>, read and
/// execute only at <see cref="ExecutableBase"/>. No virtual page is writable and executable at once; the VM arena
/// stays no-execute.
/// </summary>
/// <remarks>
/// The identity map still covers the same physical pages (read-write and executable, like the kernel image and heap);
/// the VM never reaches them that way, since it knows only the two views.
/// </remarks>
internal sealed unsafe class CodeWindow
{
    private const ulong PageSize = PhysicalPageAllocator.PageSize;

    public const ulong WritableBase = 0xFFFF_B000_0000_0000;
    public const ulong ExecutableBase = 0xFFFF_B800_0000_0000;

    private readonly AddressSpace space;
    private readonly PhysicalPageAllocator pages;
    private ulong mappedPages;
    private ulong physical;

    public CodeWindow(AddressSpace space, PhysicalPageAllocator pages)
    {
        this.space = space;
        this.pages = pages;
    }

    /// <summary>Maps zeroed code memory of at least <paramref name="bytes"/>; false when it is already in use or no run of pages is free.</summary>
    public bool Map(ulong bytes, out byte* writable, out byte* executable)
    {
        writable = null;
        executable = null;
        ulong count = PhysicalPageAllocator.PagesFor(bytes);
        if (mappedPages != 0 || (physical = pages.Allocate(count)) == 0)
        {
            return false;
        }
        for (ulong i = 0; i < count; i++)
        {
            if (!space.Map(WritableBase + i * PageSize, physical + i * PageSize, AddressSpace.Writable | AddressSpace.NoExecute)
                || !space.Map(ExecutableBase + i * PageSize, physical + i * PageSize, 0))
            {
                System.Environment.FailFast("out of memory for page tables");
            }
        }
        ulong* cells = (ulong*)WritableBase;
        for (ulong i = 0; i < count * PageSize / sizeof(ulong); i++)
        {
            cells[i] = 0;
        }
        mappedPages = count;
        writable = (byte*)WritableBase;
        executable = (byte*)ExecutableBase;
        return true;
    }

    /// <summary>
    /// Reads every page of both views back from the page tables: true when the writable view is read-write and
    /// no-execute and the executable view is neither writable nor no-execute, page for page on the same frames.
    /// </summary>
    public bool ViewsAreWriteXorExecute()
    {
        for (ulong i = 0; i < mappedPages; i++)
        {
            if (!space.TryTranslate(WritableBase + i * PageSize, out ulong writablePhysical, out ulong writableFlags)
                || !space.TryTranslate(ExecutableBase + i * PageSize, out ulong executablePhysical, out ulong executableFlags)
                || writablePhysical != executablePhysical
                || (writableFlags & (AddressSpace.Writable | AddressSpace.NoExecute)) != (AddressSpace.Writable | AddressSpace.NoExecute)
                || (executableFlags & (AddressSpace.Writable | AddressSpace.NoExecute)) != 0)
            {
                return false;
            }
        }
        return mappedPages != 0;
    }

    /// <summary>Unmaps both views and frees the pages.</summary>
    public void Unmap()
    {
        for (ulong i = 0; i < mappedPages; i++)
        {
            space.Unmap(WritableBase + i * PageSize);
            space.Unmap(ExecutableBase + i * PageSize);
            Cpu.InvalidatePage((void*)(WritableBase + i * PageSize));
            Cpu.InvalidatePage((void*)(ExecutableBase + i * PageSize));
        }
        if (mappedPages != 0)
        {
            pages.Free(physical, mappedPages);
        }
        mappedPages = 0;
    }
}
