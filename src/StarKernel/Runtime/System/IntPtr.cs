namespace System;

/// <summary>With RuntimeFeature.NumericIntPtr, C# treats <c>nint</c> as this type.</summary>
public readonly unsafe struct IntPtr
{
    private readonly void* _value;

    public static readonly IntPtr Zero;

    public IntPtr(void* value) => _value = value;

    public IntPtr(long value) => _value = (void*)value;

    public static int Size => sizeof(nint);

    public void* ToPointer() => _value;

    public long ToInt64() => (long)_value;
}
