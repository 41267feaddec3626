namespace System;

public readonly struct UInt32
{
    public const uint MinValue = 0U;
    public const uint MaxValue = 4294967295U;

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly uint m_value;
#pragma warning restore CS0169
}
