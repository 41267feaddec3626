namespace System;

/// <summary>Base of all arrays. ilc expects the element count as the first field (offset 8).</summary>
public abstract class Array
{
#pragma warning disable CS0649 // written by the allocator
    private int _numComponents;
#pragma warning restore CS0649

    public int Length => _numComponents;
}
