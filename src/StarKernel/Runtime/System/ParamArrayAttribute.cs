namespace System;

/// <summary>Marks <c>params</c> parameters; the array is allocated from the bump heap.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
public sealed class ParamArrayAttribute : Attribute
{
}
