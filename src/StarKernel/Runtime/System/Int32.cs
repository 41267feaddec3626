namespace System;

public readonly struct Int32
{
    public const int MinValue = -2147483647 - 1;
    public const int MaxValue = 2147483647;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly int m_value;
#pragma warning restore CS0169
}
