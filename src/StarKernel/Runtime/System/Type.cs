namespace System;

/// <summary>Exists because ilc requires it; there is no reflection in the kernel.</summary>
public abstract class Type
{
}
