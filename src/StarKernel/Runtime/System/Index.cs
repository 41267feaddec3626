using System.Runtime.CompilerServices;

namespace System;

/// <summary>An index into a sequence, possibly from its end (<c>^1</c>).</summary>
public readonly struct Index
{
    // Non-negative from the start; bitwise complement when from the end, as in the BCL.
    private readonly int _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Index(int value, bool fromEnd = false)
    {
        if (value < 0)
        {
            Internal.Runtime.CompilerHelpers.ThrowHelpers.ThrowArgumentOutOfRangeException();
        }
        _value = fromEnd ? ~value : value;
    }

    /// <summary>Stores the encoded value as is; preferred by overload resolution over the public ctor.</summary>
    private Index(int value) => _value = value;

    public static Index Start => new Index(0);

    public static Index End => new Index(~0);

    public int Value => _value < 0 ? ~_value : _value;

    public bool IsFromEnd => _value < 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOffset(int length) => _value < 0 ? length + _value + 1 : _value;

    public static implicit operator Index(int value) => new Index(value);
}
