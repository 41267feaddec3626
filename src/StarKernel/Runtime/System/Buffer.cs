using System.Runtime.CompilerServices;

namespace System;

/// <summary>ilc lowers block copies to these methods by name.</summary>
public static unsafe class Buffer
{
    internal static void Memmove(ref byte destination, ref byte source, nuint byteCount) =>
        SpanHelpers.Memmove(ref destination, ref source, byteCount);

    /// <summary>Without a GC there is no card table to update: a plain move.</summary>
    internal static void BulkMoveWithWriteBarrier(ref byte destination, ref byte source, nuint byteCount) =>
        SpanHelpers.Memmove(ref destination, ref source, byteCount);

    public static void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
    {
        if (sourceBytesToCopy > destinationSizeInBytes)
        {
            Internal.Runtime.CompilerHelpers.ThrowHelpers.ThrowArgumentOutOfRangeException();
        }
        SpanHelpers.Memmove(ref *(byte*)destination, ref *(byte*)source, (nuint)sourceBytesToCopy);
    }
}
