namespace Internal.Runtime;

/// <summary>
/// The kernel's managed heap: one region handed over by the platform, carved off front to back.
/// Nothing is ever freed (there is no GC); long-lived VM memory comes from its own arena.
/// </summary>
internal static unsafe class BumpHeap
{
    private static byte* s_start;
    private static byte* s_next;
    private static byte* s_end;

    public static void Initialize(byte* start, nuint size)
    {
        s_start = start;
        s_next = start;
        s_end = start + size;
    }

    /// <summary>The region handed over at start-up, so the page allocator can reserve it.</summary>
    public static byte* Start => s_start;

    public static byte* End => s_end;

    public static nuint BytesFree => (nuint)(s_end - s_next);

    /// <summary>Returns zeroed, 8-byte aligned memory, or stops the machine when the region is exhausted.</summary>
    public static byte* Allocate(nuint size)
    {
        byte* result = TryAllocate(size);
        if (result == null)
        {
            System.Environment.FailFast("out of memory in the kernel's bump heap");
        }
        return result;
    }

    /// <summary>Returns zeroed, 8-byte aligned memory, or null when the region is exhausted.</summary>
    public static byte* TryAllocate(nuint size)
    {
        size = (size + 7) & ~(nuint)7;
        if (s_next == null || size > (nuint)(s_end - s_next))
        {
            return null;
        }
        byte* result = s_next;
        s_next += size;
        for (nuint i = 0; i < size; i++)
        {
            result[i] = 0;
        }
        return result;
    }
}
