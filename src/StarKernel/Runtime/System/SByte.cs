namespace System;

public readonly struct SByte
{
    public const sbyte MinValue = -128;
    public const sbyte MaxValue = 127;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly sbyte m_value;
#pragma warning restore CS0169
}
