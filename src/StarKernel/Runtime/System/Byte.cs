namespace System;

public readonly struct Byte
{
    public const byte MinValue = 0;
    public const byte MaxValue = 255;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly byte m_value;
#pragma warning restore CS0169
}
