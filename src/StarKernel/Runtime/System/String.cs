using System.Runtime.CompilerServices;

namespace System;

/// <summary>
/// Immutable UTF-16 text. Only literals exist in the kernel (frozen into the image by ilc), so
/// there is no constructor, Concat or formatting. The field names are a contract with ilc's
/// compile-time interpreter.
/// </summary>
public sealed class String
{
#pragma warning disable CS0649 // laid out by ilc for frozen literals
    private readonly int _stringLength;
    private char _firstChar;
#pragma warning restore CS0649

    public static readonly string Empty = "";

    public int Length => _stringLength;

    [IndexerName("Chars")]
    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_stringLength)
            {
                Internal.Runtime.CompilerHelpers.ThrowHelpers.ThrowIndexOutOfRangeException();
            }
            return Unsafe.Add(ref _firstChar, index);
        }
    }

    /// <summary>Lets <c>fixed (char* p = text)</c> pin the characters.</summary>
    public ref readonly char GetPinnableReference() => ref _firstChar;

    public static bool Equals(string? a, string? b)
    {
        if ((object?)a == b)
        {
            return true;
        }
        if (a is null || b is null || a._stringLength != b._stringLength)
        {
            return false;
        }
        for (int i = 0; i < a._stringLength; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is string other && Equals(this, other);

    public bool Equals(string? value) => Equals(this, value);

    public override int GetHashCode()
    {
        // FNV-1a over the UTF-16 code units: stable and cheap; ordinal like the BCL's equality.
        uint hash = 2166136261;
        for (int i = 0; i < _stringLength; i++)
        {
            hash = (hash ^ this[i]) * 16777619;
        }
        return (int)hash;
    }

    public override string ToString() => this;

    public static bool operator ==(string? a, string? b) => Equals(a, b);

    public static bool operator !=(string? a, string? b) => !Equals(a, b);

    public static implicit operator ReadOnlySpan<char>(string? value) =>
        value is null ? default : new ReadOnlySpan<char>(ref value._firstChar, value._stringLength);
}
