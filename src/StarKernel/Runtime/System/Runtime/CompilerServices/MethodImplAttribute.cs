namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
public sealed class MethodImplAttribute : Attribute
{
    public MethodImplAttribute()
    {
    }

    public MethodImplAttribute(MethodImplOptions methodImplOptions) => Value = methodImplOptions;

    public MethodImplAttribute(short value) => Value = (MethodImplOptions)value;

    public MethodImplOptions Value { get; }
}
