using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices;

public static unsafe class MemoryMarshal
{
    /// <summary>The first element of <paramref name="array"/>, even when it is empty (no bounds check).</summary>
    public static ref T GetArrayDataReference<T>(T[] array) =>
        ref Unsafe.As<byte, T>(ref Unsafe.As<RawArrayData>(array).Data);

    public static ref T GetReference<T>(Span<T> span) => ref span._reference;

    public static ref T GetReference<T>(ReadOnlySpan<T> span) => ref span._reference;

    public static Span<T> CreateSpan<T>(scoped ref T reference, int length) =>
        new Span<T>(ref Unsafe.AsRef(in reference), length);

    public static ReadOnlySpan<T> CreateReadOnlySpan<T>(scoped ref readonly T reference, int length) =>
        new ReadOnlySpan<T>(ref Unsafe.AsRef(in reference), length);
}
