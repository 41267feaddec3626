namespace System.Runtime.InteropServices;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class StructLayoutAttribute : Attribute
{
    public StructLayoutAttribute(LayoutKind layoutKind) => Value = layoutKind;

    public LayoutKind Value { get; }

#pragma warning disable CS0649 // set by attribute syntax, read by the compilers
    public int Pack;
    public int Size;
#pragma warning restore CS0649
}
