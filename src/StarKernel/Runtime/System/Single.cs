namespace System;

public readonly struct Single
{
#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly float m_value;
#pragma warning restore CS0169
}
