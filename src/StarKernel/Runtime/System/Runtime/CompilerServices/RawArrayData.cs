namespace System.Runtime.CompilerServices;

/// <summary>
/// The layout of every array object after its MethodTable pointer, used to reach the elements
/// through <c>Unsafe.As&lt;RawArrayData&gt;(array)</c>.
/// </summary>
internal sealed class RawArrayData
{
#pragma warning disable CS0649 // overlays memory written by the allocator
    public uint Length;
    public uint Padding;
    public byte Data;
#pragma warning restore CS0649
}
