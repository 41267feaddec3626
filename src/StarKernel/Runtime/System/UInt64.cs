namespace System;

public readonly struct UInt64
{
    public const ulong MinValue = 0UL;
    public const ulong MaxValue = 18446744073709551615UL;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly ulong m_value;
#pragma warning restore CS0169
}
