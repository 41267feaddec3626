namespace System;

public readonly struct Double
{
#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly double m_value;
#pragma warning restore CS0169
}
