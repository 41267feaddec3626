namespace System.Runtime.InteropServices;

/// <summary>Makes a static method callable from native code; with EntryPoint, ilc exports it under that name.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class UnmanagedCallersOnlyAttribute : Attribute
{
#pragma warning disable CS0649 // set by attribute syntax, read by the compilers
    public Type[]? CallConvs;
    public string? EntryPoint;
#pragma warning restore CS0649
}
