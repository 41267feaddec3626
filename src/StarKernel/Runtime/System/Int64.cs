namespace System;

public readonly struct Int64
{
    public const long MinValue = -9223372036854775807L - 1;
    public const long MaxValue = 9223372036854775807L;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly long m_value;
#pragma warning restore CS0169
}
