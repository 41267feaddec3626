namespace System;

/// <summary>
/// Integer helpers shared code may use, plus the double-to-integer conversions that ilc 10.0
/// looks up here by name. The casts compile to cvttsd2si, so they do not recurse.
/// </summary>
public static class Math
{
    public static int Abs(int value) => value < 0 ? -value : value;

    public static long Abs(long value) => value < 0 ? -value : value;

    public static int Min(int a, int b) => a < b ? a : b;

    public static int Max(int a, int b) => a > b ? a : b;

    public static long Min(long a, long b) => a < b ? a : b;

    public static long Max(long a, long b) => a > b ? a : b;

    public static ulong Min(ulong a, ulong b) => a < b ? a : b;

    public static ulong Max(ulong a, ulong b) => a > b ? a : b;

    public static uint Min(uint a, uint b) => a < b ? a : b;

    public static uint Max(uint a, uint b) => a > b ? a : b;

    internal static ulong ConvertToUInt64(double value)
    {
        // cvttsd2si is signed; values at or above 2^63 need the top bit added back.
        const double TwoToThe63 = 9223372036854775808.0;
        return value < TwoToThe63 ? (ulong)(long)value : (ulong)(long)(value - TwoToThe63) | 0x8000000000000000UL;
    }

    internal static int ConvertToInt32Checked(double value) => (int)(long)value;

    internal static uint ConvertToUInt32Checked(double value) => (uint)(long)value;

    internal static long ConvertToInt64Checked(double value) => (long)value;

    internal static ulong ConvertToUInt64Checked(double value) => ConvertToUInt64(value);
}
