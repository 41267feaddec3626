namespace System;

/// <summary>With RuntimeFeature.NumericIntPtr, C# treats <c>nuint</c> as this type.</summary>
public readonly unsafe struct UIntPtr
{
    private readonly void* _value;

    public static readonly UIntPtr Zero;

    public UIntPtr(void* value) => _value = value;

    public UIntPtr(ulong value) => _value = (void*)value;

    public static int Size => sizeof(nuint);

    public void* ToPointer() => _value;

    public ulong ToUInt64() => (ulong)_value;
}
