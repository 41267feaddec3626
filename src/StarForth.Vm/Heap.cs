namespace StarForth;

/// <summary>
/// The heap ALLOCATE, FREE and RESIZE draw on: a region of the arena between the dictionary's limit and the input
/// region (<see cref="ArenaLayout.HeapStart"/>, <see cref="ArenaLayout.HeapEnd"/>), so every address it hands out is
/// an arena offset that @ and ! check like any other.
/// </summary>
/// <remarks>
/// The region is a sequence of blocks that tile it exactly. A block starts with one header cell, its size in bytes
/// (header included, a multiple of the cell size) with bit 0 set while allocated; the address handed out is the cell
/// after it. Allocation is first fit, splitting a block when the rest can hold a block of its own; freeing merges the
/// block with a free neighbour on either side, so no two free blocks are ever adjacent. An address is accepted only if
/// walking the blocks from the start reaches it as an allocated block, so freeing an address twice, one inside a
/// block or one outside the heap fails and changes nothing. Since the headers are arena cells a program can
/// overwrite, the walk checks every header (a size of at least two cells, a multiple of the cell size, inside the
/// region) and answers <see cref="ThrowCode.HeapCorrupted"/> on a bad one, never reading or writing past the region.
/// </remarks>
public sealed unsafe class Heap
{
    private const long Allocated = 1;
    private const long HeaderSize = ArenaLayout.CellSize;
    private const long MinimumBlock = 2 * ArenaLayout.CellSize;

    private readonly Arena arena;

    private long start;
    private long end;

    internal Heap(Arena arena)
    {
        this.arena = arena;
    }

    public long Start => start;

    public long End => end;

    /// <summary>One free block over the whole region.</summary>
    internal void Reset()
    {
        start = ArenaLayout.HeapStart(arena.Size);
        end = ArenaLayout.HeapEnd(arena.Size);
        StoreHeader(start, end - start);
    }

    /// <summary>ALLOCATE: the address of <paramref name="bytes"/> of fresh space, and ior 0; or 0 and -59.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public long Allocate(long bytes, out long address)
    {
        address = 0;
        long need = BlockSizeFor(bytes);
        if (need < 0)
        {
            return ThrowCode.AllocateFailed;
        }
        long block = start;
        while (block < end)
        {
            long size = BlockSize(block);
            if (size < 0)
            {
                return ThrowCode.HeapCorrupted;
            }
            if (!IsAllocated(block) && size >= need)
            {
                Take(block, size, need);
                address = block + HeaderSize;
                return 0;
            }
            block += size;
        }
        return ThrowCode.AllocateFailed;
    }

    /// <summary>FREE: gives an allocated block back (ior 0), merging it with free neighbours; -60 for any other address.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public long Free(long address)
    {
        long ior = FindAllocated(address, out long block, out long previous);
        if (ior != 0)
        {
            return ior == ThrowCode.HeapCorrupted ? ior : ThrowCode.FreeFailed;
        }
        long size = BlockSize(block);
        long nextSize = FreeSizeAfter(block + size);
        if (nextSize < 0)
        {
            return ThrowCode.HeapCorrupted;
        }
        size += nextSize;
        if (previous >= 0 && !IsAllocated(previous))
        {
            StoreHeader(previous, BlockSize(previous) + size);
        }
        else
        {
            StoreHeader(block, size);
        }
        return 0;
    }

    /// <summary>
    /// RESIZE: the block at <paramref name="address"/> holding <paramref name="bytes"/>, its contents kept up to the
    /// smaller size; in place when it shrinks or the next block is free and large enough, else moved. On failure the
    /// block is unchanged, <paramref name="moved"/> is <paramref name="address"/> and the ior -61.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public long Resize(long address, long bytes, out long moved)
    {
        moved = address;
        long ior = FindAllocated(address, out long block, out _);
        if (ior != 0)
        {
            return ior == ThrowCode.HeapCorrupted ? ior : ThrowCode.ResizeFailed;
        }
        long need = BlockSizeFor(bytes);
        if (need < 0)
        {
            return ThrowCode.ResizeFailed;
        }
        long size = BlockSize(block);
        long nextSize = FreeSizeAfter(block + size);
        if (nextSize < 0)
        {
            return ThrowCode.HeapCorrupted;
        }
        if (nextSize > 0 && size + nextSize >= need)
        {
            // Grow (or shrink) in place over the free neighbour.
            Take(block, size + nextSize, need);
            return 0;
        }
        if (need <= size)
        {
            // Shrink in place (a free neighbour was taken above, so the split-off tail borders no free block).
            Take(block, size, need);
            return 0;
        }
        ior = Allocate(bytes, out long fresh);
        if (ior != 0)
        {
            return ior == ThrowCode.HeapCorrupted ? ior : ThrowCode.ResizeFailed;
        }
        arena.CopyBytes(address, fresh, size - HeaderSize);
        Free(address);
        moved = fresh;
        return 0;
    }

    /// <summary>Bytes the free blocks could hand out (each less its header), or -1 when a header is corrupted.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public long FreeBytes()
    {
        long total = 0;
        for (long block = start; block < end;)
        {
            long size = BlockSize(block);
            if (size < 0)
            {
                return -1;
            }
            if (!IsAllocated(block))
            {
                total += size - HeaderSize;
            }
            block += size;
        }
        return total;
    }

    /// <summary>The block size that holds <paramref name="bytes"/> (header included, cell-aligned), or -1 when no block could.</summary>
    private long BlockSizeFor(long bytes)
    {
        if (bytes < 0 || bytes > end - start)
        {
            return -1;
        }
        long need = Arena.AlignedAddress(bytes) + HeaderSize;
        return need < MinimumBlock ? MinimumBlock : need;
    }

    /// <summary>Marks the first <paramref name="need"/> bytes of a block allocated, splitting off the rest as a free block when it can stand alone.</summary>
    private void Take(long block, long size, long need)
    {
        if (size - need >= MinimumBlock)
        {
            StoreHeader(block + need, size - need);
            size = need;
        }
        StoreHeader(block, size | Allocated);
    }

    /// <summary>Walks to the allocated block whose space starts at <paramref name="address"/>: 0, or -60 when none does (-265 on a corrupted header).</summary>
    private long FindAllocated(long address, out long block, out long previous)
    {
        previous = -1;
        block = start;
        if (address < start + HeaderSize || address >= end)
        {
            return ThrowCode.FreeFailed;
        }
        while (block < end)
        {
            long size = BlockSize(block);
            if (size < 0)
            {
                return ThrowCode.HeapCorrupted;
            }
            if (block + HeaderSize == address)
            {
                return IsAllocated(block) ? 0 : ThrowCode.FreeFailed;
            }
            if (block + HeaderSize > address)
            {
                return ThrowCode.FreeFailed;
            }
            previous = block;
            block += size;
        }
        return ThrowCode.FreeFailed;
    }

    /// <summary>The size of the block at <paramref name="next"/> when it is free, 0 when it is allocated or the heap ends there, -1 when corrupted.</summary>
    private long FreeSizeAfter(long next)
    {
        if (next >= end || IsAllocated(next))
        {
            return 0;
        }
        return BlockSize(next);
    }

    /// <summary>The size in a block's header, or -1 when the header cannot be a block's.</summary>
    private long BlockSize(long block)
    {
        long size = *(long*)(arena.Start + block) & ~Allocated;
        if (size < MinimumBlock || (size & (ArenaLayout.CellSize - 1)) != 0 || size > end - block)
        {
            return -1;
        }
        return size;
    }

    private bool IsAllocated(long block) => (*(long*)(arena.Start + block) & Allocated) != 0;

    private void StoreHeader(long block, long header) => *(long*)(arena.Start + block) = header;
}
