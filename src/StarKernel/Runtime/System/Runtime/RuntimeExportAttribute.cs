namespace System.Runtime;

/// <summary>ilc exports the method under <see cref="EntryPoint"/>, with the managed calling convention.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class RuntimeExportAttribute : Attribute
{
    public RuntimeExportAttribute(string entry) => EntryPoint = entry;

    public string EntryPoint { get; }
}
