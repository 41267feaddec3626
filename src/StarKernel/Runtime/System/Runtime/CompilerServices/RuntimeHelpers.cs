namespace System.Runtime.CompilerServices;

public static class RuntimeHelpers
{
    /// <summary>Backs array initializers; ilc expands it from the field's RVA data.</summary>
    [Intrinsic]
    public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

    /// <summary>Backs <c>ReadOnlySpan&lt;int&gt; X =&gt; [...]</c> and other non-byte constant spans.</summary>
    [Intrinsic]
    public static extern ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle);

    [Intrinsic]
    public static extern bool IsReferenceOrContainsReferences<T>();

    /// <summary>Offset of <c>String._firstChar</c>: MethodTable pointer (8) + length (4).</summary>
    public static int OffsetToStringData => 12;
}
