namespace System.Runtime.CompilerServices;

/// <summary>Roslyn records tuple element names (<c>(int Offset, int Length)</c>) with it.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue | AttributeTargets.Event)]
public sealed class TupleElementNamesAttribute : Attribute
{
    public TupleElementNamesAttribute(string?[] transformNames) => TransformNames = transformNames;

    public string?[] TransformNames { get; }
}
