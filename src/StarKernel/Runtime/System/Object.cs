namespace System;

/// <summary>Root of the type hierarchy. ilc requires the first field to be the MethodTable pointer.</summary>
public unsafe class Object
{
#pragma warning disable CS0649 // written by the allocator, never by C#
    internal Internal.Runtime.MethodTable* _methodTable;
#pragma warning restore CS0649

    public Object()
    {
    }

    public virtual bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>Objects never move (there is no GC), so the address is a stable hash.</summary>
    public virtual int GetHashCode()
    {
        object self = this;
        nint address = Runtime.CompilerServices.Unsafe.As<object, nint>(ref self);
        return (int)address ^ (int)(address >> 32);
    }

    /// <summary>No reflection metadata in the kernel: every object prints the same.</summary>
    public virtual string? ToString() => "System.Object";

    public static bool ReferenceEquals(object? objA, object? objB) => objA == objB;
}
