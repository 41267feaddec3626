namespace StarForth.Words;

/// <summary>
/// MEMORY-ALLOCATION: blocks from the machine's <see cref="Heap"/>, an arena region, so the addresses are ordinary arena
/// addresses. The iors are the standard THROW codes of the failing word (-59 ALLOCATE, -60 FREE, -61 RESIZE), or -265
/// when a block header was overwritten.
/// </summary>
public static class AllocationWords
{
    [ForthWord("ALLOCATE", "( u -- a-addr ior )")]
    public static (long, long) Allocate(Machine m, long u)
    {
        long ior = m.Heap.Allocate(u, out long address);
        return (address, ior);
    }

    [ForthWord("FREE", "( a-addr -- ior )")]
    public static long Free(Machine m, long address) => m.Heap.Free(address);

    [ForthWord("RESIZE", "( a-addr1 u -- a-addr2 ior )")]
    public static (long, long) Resize(Machine m, long address, long u)
    {
        long ior = m.Heap.Resize(address, u, out long moved);
        return (moved, ior);
    }

    /// <summary>The bytes the heap's free blocks could still hand out (the largest single ALLOCATE may be less), -1 when corrupted.</summary>
    [ForthWord("HEAP-UNUSED", "( -- u )")]
    public static long HeapUnused(Machine m) => m.Heap.FreeBytes();
}
