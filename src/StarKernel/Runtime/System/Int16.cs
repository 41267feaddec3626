namespace System;

public readonly struct Int16
{
    public const short MinValue = -32768;
    public const short MaxValue = 32767;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly short m_value;
#pragma warning restore CS0169
}
