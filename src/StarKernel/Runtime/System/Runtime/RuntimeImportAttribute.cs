namespace System.Runtime;

/// <summary>
/// Binds an <c>extern</c> method to a native symbol: ilc emits a direct call that the linker resolves.
/// Used for ilc's own <c>__managed__Main</c> and for the Iced-assembled machine-code stubs.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
internal sealed class RuntimeImportAttribute : Attribute
{
    public RuntimeImportAttribute(string lib, string entry)
    {
        DllName = lib;
        EntryPoint = entry;
    }

    public string DllName { get; }

    public string EntryPoint { get; }
}
