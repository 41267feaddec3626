namespace System;

/// <summary>Exists because ilc and Roslyn require it; lambdas and delegates are not supported (use function pointers).</summary>
public abstract class Delegate
{
}
