namespace System;

/// <summary>ilc uses this as the canonical base of <c>T[]</c>; it needs no members here.</summary>
internal class Array<T> : Array
{
}
