namespace StarKernel.Memory;

/// <summary>
/// Physical memory in 4 KiB pages: a bitmap (one bit per page, set = not available) over the usable
/// regions the firmware reported, with contiguous first-fit allocation. Low memory (below 1 MiB),
/// the reserved ranges the kernel names (its image, its heap) and the allocator's own bitmaps are
/// never handed out.
/// </summary>
/// <remarks>
/// Pure bookkeeping over addresses: memory is touched only through <c>window</c>, the pointer at
/// which physical address 0 is visible (null in the kernel, whose low memory is identity-mapped).
/// The hosted tests compile this file unchanged and pass a buffer standing in for physical memory.
/// </remarks>
internal sealed unsafe class PhysicalPageAllocator
{
    public const ulong PageSize = 4096;

    /// <summary>Real-mode memory: BIOS data, option ROMs, firmware leftovers. Never handed out.</summary>
    public const ulong LowMemoryEnd = 1UL << 20;

    private const int BitsPerWord = 64;

    // Set bit = the page is not available (reserved, outside usable memory, or allocated).
    private readonly ulong* used;

    // Set bit = the page was handed out by Allocate and may be given back with Free.
    private readonly ulong* allocated;

    private readonly ulong wordCount;

    private PhysicalPageAllocator(ulong* used, ulong* allocated, ulong pageCount, PhysicalRange bitmap)
    {
        this.used = used;
        this.allocated = allocated;
        PageCount = pageCount;
        wordCount = (pageCount + BitsPerWord - 1) / BitsPerWord;
        Bitmap = bitmap;
    }

    /// <summary>Pages the bitmap covers: from address 0 to the end of the highest usable region.</summary>
    public ulong PageCount { get; }

    /// <summary>Pages that could be allocated right after start-up.</summary>
    public ulong UsablePages { get; private set; }

    public ulong FreePages { get; private set; }

    /// <summary>Where the allocator keeps its two bitmaps; taken from usable memory and reserved.</summary>
    public PhysicalRange Bitmap { get; }

    /// <summary>
    /// Builds the allocator over <paramref name="usable"/> memory minus <paramref name="reserved"/>
    /// ranges. The bitmaps go in the first usable pages above low memory that no reserved range
    /// touches. Returns null when there is no usable memory or no room for the bitmaps.
    /// </summary>
    public static PhysicalPageAllocator? Create(System.ReadOnlySpan<PhysicalRange> usable, System.ReadOnlySpan<PhysicalRange> reserved, byte* window)
    {
        ulong top = 0;
        for (int i = 0; i < usable.Length; i++)
        {
            ulong end = AlignDown(usable[i].End);
            if (end > top)
            {
                top = end;
            }
        }
        ulong pageCount = top / PageSize;
        if (pageCount == 0)
        {
            return null;
        }
        ulong bitmapBytes = (pageCount + BitsPerWord - 1) / BitsPerWord * sizeof(ulong);
        ulong bitmapStart = FindPlacement(usable, reserved, AlignUp(2 * bitmapBytes));
        if (bitmapStart == 0)
        {
            return null;
        }
        var bitmap = new PhysicalRange(bitmapStart, bitmapStart + AlignUp(2 * bitmapBytes));
        var allocator = new PhysicalPageAllocator(
            (ulong*)(window + bitmapStart), (ulong*)(window + bitmapStart + bitmapBytes), pageCount, bitmap);
        allocator.Populate(usable, reserved);
        return allocator;
    }

    /// <summary>
    /// Takes <paramref name="pages"/> contiguous pages, lowest address first. Returns the physical
    /// address of the first page, or 0 (never a valid result: page 0 is low memory) when no run is free.
    /// The pages' contents are whatever was there.
    /// </summary>
    public ulong Allocate(ulong pages)
    {
        if (pages == 0 || pages > FreePages)
        {
            return 0;
        }
        ulong run = 0;
        for (ulong page = 0; page < PageCount; page++)
        {
            if (page % BitsPerWord == 0 && used[page / BitsPerWord] == ulong.MaxValue)
            {
                run = 0;
                page += BitsPerWord - 1;
                continue;
            }
            if (IsSet(used, page))
            {
                run = 0;
                continue;
            }
            run++;
            if (run == pages)
            {
                ulong first = page + 1 - pages;
                for (ulong p = first; p <= page; p++)
                {
                    Set(used, p);
                    Set(allocated, p);
                }
                FreePages -= pages;
                return first * PageSize;
            }
        }
        return 0;
    }

    /// <summary>
    /// Gives back pages from <see cref="Allocate"/>. Refuses (returns false, changes nothing) when
    /// any of them was not handed out: a double free, a reserved page, an address outside memory.
    /// </summary>
    public bool Free(ulong address, ulong pages)
    {
        if (address % PageSize != 0 || pages == 0)
        {
            return false;
        }
        ulong first = address / PageSize;
        if (first >= PageCount || pages > PageCount - first)
        {
            return false;
        }
        for (ulong p = first; p < first + pages; p++)
        {
            if (!IsSet(allocated, p))
            {
                return false;
            }
        }
        for (ulong p = first; p < first + pages; p++)
        {
            Clear(used, p);
            Clear(allocated, p);
        }
        FreePages += pages;
        return true;
    }

    /// <summary>True when the page holding <paramref name="address"/> could be allocated now.</summary>
    public bool IsFree(ulong address)
    {
        ulong page = address / PageSize;
        return page < PageCount && !IsSet(used, page);
    }

    public static ulong PagesFor(ulong bytes) => (bytes + PageSize - 1) / PageSize;

    private void Populate(System.ReadOnlySpan<PhysicalRange> usable, System.ReadOnlySpan<PhysicalRange> reserved)
    {
        for (ulong w = 0; w < wordCount; w++)
        {
            used[w] = ulong.MaxValue;
            allocated[w] = 0;
        }
        for (int i = 0; i < usable.Length; i++)
        {
            // Only whole pages inside a usable region count.
            for (ulong page = AlignUp(usable[i].Start) / PageSize; page < AlignDown(usable[i].End) / PageSize; page++)
            {
                Clear(used, page);
            }
        }
        MarkUsed(new PhysicalRange(0, LowMemoryEnd));
        for (int i = 0; i < reserved.Length; i++)
        {
            MarkUsed(reserved[i]);
        }
        MarkUsed(Bitmap);

        ulong free = 0;
        for (ulong page = 0; page < PageCount; page++)
        {
            if (!IsSet(used, page))
            {
                free++;
            }
        }
        UsablePages = free;
        FreePages = free;
    }

    /// <summary>Marks every page the range touches, partial pages included.</summary>
    private void MarkUsed(PhysicalRange range)
    {
        ulong end = AlignUp(range.End) / PageSize;
        for (ulong page = AlignDown(range.Start) / PageSize; page < end && page < PageCount; page++)
        {
            Set(used, page);
        }
    }

    /// <summary>The lowest page-aligned address of <paramref name="bytes"/> usable bytes, above low memory and clear of reserved ranges; 0 if none.</summary>
    private static ulong FindPlacement(System.ReadOnlySpan<PhysicalRange> usable, System.ReadOnlySpan<PhysicalRange> reserved, ulong bytes)
    {
        ulong best = 0;
        for (int i = 0; i < usable.Length; i++)
        {
            ulong start = AlignUp(usable[i].Start);
            if (start < LowMemoryEnd)
            {
                start = LowMemoryEnd;
            }
            ulong end = AlignDown(usable[i].End);
            bool moved = true;
            while (moved && start < end && end - start >= bytes)
            {
                moved = false;
                var candidate = new PhysicalRange(start, start + bytes);
                for (int r = 0; r < reserved.Length; r++)
                {
                    if (candidate.Overlaps(reserved[r]))
                    {
                        start = AlignUp(reserved[r].End);
                        moved = true;
                        break;
                    }
                }
            }
            if (!moved && start < end && end - start >= bytes && (best == 0 || start < best))
            {
                best = start;
            }
        }
        return best;
    }

    private static ulong AlignUp(ulong address) => (address + PageSize - 1) & ~(PageSize - 1);

    private static ulong AlignDown(ulong address) => address & ~(PageSize - 1);

    private static bool IsSet(ulong* bits, ulong page) => (bits[page / BitsPerWord] & (1UL << (int)(page % BitsPerWord))) != 0;

    private static void Set(ulong* bits, ulong page) => bits[page / BitsPerWord] |= 1UL << (int)(page % BitsPerWord);

    private static void Clear(ulong* bits, ulong page) => bits[page / BitsPerWord] &= ~(1UL << (int)(page % BitsPerWord));
}
