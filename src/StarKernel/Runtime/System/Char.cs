namespace System;

public readonly struct Char
{
    public const char MinValue = '\0';
    public const char MaxValue = '\uffff';

#pragma warning disable CS0169 // the primitive's own storage, used by the runtime only
    private readonly char m_value;
#pragma warning restore CS0169
}
