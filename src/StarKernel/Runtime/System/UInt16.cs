namespace System;

public readonly struct UInt16
{
    public const ushort MinValue = 0;
    public const ushort MaxValue = 65535;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly ushort m_value;
#pragma warning restore CS0169
}
