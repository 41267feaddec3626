using System.Runtime.CompilerServices;

namespace System;

/// <summary>
/// The memory primitives ilc's generated code calls (memcpy, memset, zeroing). Plain byte loops:
/// RyuJIT does not turn loops back into helper calls, so these cannot recurse into themselves.
/// </summary>
internal static unsafe class SpanHelpers
{
    public static void Memmove(ref byte destination, ref byte source, nuint byteCount)
    {
        byte* to = (byte*)Unsafe.AsPointer(ref destination);
        byte* from = (byte*)Unsafe.AsPointer(ref source);
        if (to <= from || to >= from + byteCount)
        {
            for (nuint i = 0; i < byteCount; i++)
            {
                to[i] = from[i];
            }
        }
        else
        {
            // Overlapping with the destination above the source: copy backwards.
            for (nuint i = byteCount; i > 0; i--)
            {
                to[i - 1] = from[i - 1];
            }
        }
    }

    public static void ClearWithoutReferences(ref byte start, nuint byteCount)
    {
        byte* at = (byte*)Unsafe.AsPointer(ref start);
        for (nuint i = 0; i < byteCount; i++)
        {
            at[i] = 0;
        }
    }

    /// <summary>memset; ilc looks it up by name, so it must not be generic or overloaded.</summary>
    public static void Fill(ref byte destination, byte value, nuint byteCount)
    {
        byte* at = (byte*)Unsafe.AsPointer(ref destination);
        for (nuint i = 0; i < byteCount; i++)
        {
            at[i] = value;
        }
    }
}
