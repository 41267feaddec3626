namespace System.Runtime.InteropServices;

/// <summary>Roslyn's modreq for <c>in</c> parameters of virtual methods and function pointers.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class InAttribute : Attribute
{
}
