using System;
using System.Runtime.InteropServices;
using StarKernel.Memory;

namespace StarKernel.Tests;

/// <summary>
/// Ordinary memory standing in for physical addresses 0..Size: the "window" the kernel's memory
/// code reaches physical memory through (null in the kernel, where it is identity-mapped).
/// </summary>
public sealed unsafe class FakePhysicalMemory : IDisposable
{
    public const ulong MiB = 1UL << 20;
    public const ulong Page = PhysicalPageAllocator.PageSize;

    public FakePhysicalMemory(ulong size)
    {
        Size = size;
        Window = (byte*)NativeMemory.AlignedAlloc((nuint)size, (nuint)Page);
        new Span<byte>(Window, (int)size).Fill(0xCC);
    }

    public ulong Size { get; }

    public byte* Window { get; }

    internal static PhysicalRange Range(ulong start, ulong end) => new(start, end);

    internal PhysicalPageAllocator Allocator(PhysicalRange[] usable, params PhysicalRange[] reserved) =>
        PhysicalPageAllocator.Create(usable, reserved, Window) ?? throw new InvalidOperationException("no allocator");

    public void Dispose() => NativeMemory.AlignedFree(Window);
}
