using System.Runtime.InteropServices;

namespace Internal.Runtime;

/// <summary>
/// The leading fields of ilc's type descriptor (NativeAOT's MethodTable, .NET 10 layout): enough
/// to size an allocation and to walk a class's parent chain.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MethodTable
{
    /// <summary>Bytes per array element (0 for non-arrays).</summary>
    public ushort ComponentSize;
    public ushort Flags;
    /// <summary>Instance size including the object header and MethodTable pointer.</summary>
    public uint BaseSize;
    /// <summary>For a class, its base class; for an array, its element type.</summary>
    public MethodTable* ParentType;
}
