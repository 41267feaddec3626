using System.Collections.Generic;
using StarKernel.Memory;
using Xunit;
using static StarKernel.Tests.FakePhysicalMemory;

namespace StarKernel.Tests;

/// <summary>The kernel's page allocator (src/StarKernel/Memory), compiled hosted, over fake memory maps.</summary>
public unsafe class PhysicalPageAllocatorTests
{
    [Fact]
    public void BitmapGoesInTheFirstUsablePagesAboveLowMemoryAndIsReserved()
    {
        using var memory = new FakePhysicalMemory(4 * MiB);
        var allocator = memory.Allocator([Range(0x1000, 0x9F000), Range(1 * MiB, 4 * MiB)]);

        Assert.Equal(1 * MiB, allocator.Bitmap.Start);
        Assert.Equal(1 * MiB + Page, allocator.Bitmap.End);
        Assert.False(allocator.IsFree(allocator.Bitmap.Start));
        Assert.Equal(3 * MiB / Page - 1, allocator.FreePages);
        Assert.Equal(allocator.FreePages, allocator.UsablePages);
    }

    [Fact]
    public void BitmapSkipsReservedRangesAndRegionsTooSmall()
    {
        using var memory = new FakePhysicalMemory(4 * MiB);
        var allocator = memory.Allocator(
            [Range(1 * MiB, 1 * MiB + Page), Range(2 * MiB, 4 * MiB)],
            Range(2 * MiB, 2 * MiB + 3 * Page));

        // Both bitmaps (2 x 128 bytes) fit in one page: the lowest candidate wins, however small its region.
        Assert.Equal(1 * MiB, allocator.Bitmap.Start);

        var crowded = memory.Allocator([Range(2 * MiB, 4 * MiB)], Range(2 * MiB, 2 * MiB + 3 * Page));
        Assert.Equal(2 * MiB + 3 * Page, crowded.Bitmap.Start);
    }

    [Fact]
    public void NeverHandsOutLowMemoryReservedRangesOrTheBitmap()
    {
        using var memory = new FakePhysicalMemory(4 * MiB);
        PhysicalRange image = Range(2 * MiB + 0x800, 2 * MiB + 5 * Page + 0x10);   // partial pages count as used
        var allocator = memory.Allocator([Range(0, 4 * MiB)], image);

        var handedOut = new List<ulong>();
        for (ulong page = allocator.Allocate(1); page != 0; page = allocator.Allocate(1))
        {
            handedOut.Add(page);
        }

        Assert.Equal(0UL, allocator.FreePages);
        Assert.Equal((4 * MiB - 1 * MiB) / Page - 6 - 1, (ulong)handedOut.Count);
        Assert.All(handedOut, page =>
        {
            Assert.True(page >= PhysicalPageAllocator.LowMemoryEnd);
            Assert.False(Range(page, page + Page).Overlaps(Range(2 * MiB, 2 * MiB + 6 * Page)));
            Assert.False(allocator.Bitmap.Contains(page));
        });
        Assert.Equal(handedOut.Count, new HashSet<ulong>(handedOut).Count);
    }

    [Fact]
    public void ContiguousRunsAreFirstFitAndDoNotSpanHoles()
    {
        using var memory = new FakePhysicalMemory(4 * MiB);
        // Usable: 1 MiB..1 MiB+8 pages (bitmap takes the first), a hole, then 2..3 MiB.
        var allocator = memory.Allocator([Range(1 * MiB, 1 * MiB + 8 * Page), Range(2 * MiB, 3 * MiB)]);

        ulong a = allocator.Allocate(3);
        ulong b = allocator.Allocate(3);
        ulong large = allocator.Allocate(5);

        Assert.Equal(1 * MiB + 1 * Page, a);
        Assert.Equal(1 * MiB + 4 * Page, b);
        Assert.Equal(2 * MiB, large);                   // one page left below the hole: too small

        Assert.True(allocator.Free(a, 3));
        Assert.Equal(a, allocator.Allocate(2));         // the lowest hole that fits
        Assert.Equal(1 * MiB + 3 * Page, allocator.Allocate(1));
        Assert.Equal(2 * MiB + 5 * Page, allocator.Allocate(2));   // page 7 is alone before the hole
        Assert.Equal(1 * MiB + 7 * Page, allocator.Allocate(1));
    }

    [Fact]
    public void AllocateFailsWithZeroWhenNoRunIsLongEnough()
    {
        using var memory = new FakePhysicalMemory(4 * MiB);
        var allocator = memory.Allocator([Range(1 * MiB, 1 * MiB + 4 * Page), Range(2 * MiB, 2 * MiB + 4 * Page)]);

        Assert.Equal(7UL, allocator.FreePages);
        Assert.Equal(0UL, allocator.Allocate(5));
        Assert.Equal(0UL, allocator.Allocate(0));
        Assert.Equal(7UL, allocator.FreePages);
        Assert.Equal(2 * MiB, allocator.Allocate(4));
    }

    [Fact]
    public void FreeRefusesWhatWasNotHandedOut()
    {
        using var memory = new FakePhysicalMemory(4 * MiB);
        var allocator = memory.Allocator([Range(1 * MiB, 4 * MiB)], Range(3 * MiB, 3 * MiB + Page));
        ulong block = allocator.Allocate(2);
        ulong free = allocator.FreePages;

        Assert.False(allocator.Free(block + 1, 1));                  // unaligned
        Assert.False(allocator.Free(block, 3));                      // runs past the block
        Assert.False(allocator.Free(3 * MiB, 1));                    // reserved
        Assert.False(allocator.Free(allocator.Bitmap.Start, 1));     // the bitmap
        Assert.False(allocator.Free(0x1000, 1));                     // low memory
        Assert.False(allocator.Free(64 * MiB, 1));                   // beyond memory
        Assert.Equal(free, allocator.FreePages);

        Assert.True(allocator.Free(block, 2));
        Assert.False(allocator.Free(block, 2));                      // double free
        Assert.Equal(free + 2, allocator.FreePages);
    }

    [Fact]
    public void OnlyWholePagesInsideUsableRegionsCount()
    {
        using var memory = new FakePhysicalMemory(4 * MiB);
        var allocator = memory.Allocator([Range(1 * MiB + 0x10, 1 * MiB + 3 * Page + 0x10), Range(2 * MiB, 2 * MiB + 2 * Page + 0x800)]);

        // 1 MiB region: pages 1 and 2 are whole (page 1 takes the bitmap); 2 MiB region: pages 0 and 1.
        Assert.Equal(1 * MiB + Page, allocator.Bitmap.Start);
        Assert.Equal(3UL, allocator.FreePages);
        Assert.False(allocator.IsFree(1 * MiB));
        Assert.False(allocator.IsFree(2 * MiB + 2 * Page));
    }

    [Fact]
    public void CreateFailsWithoutUsableMemory()
    {
        using var memory = new FakePhysicalMemory(2 * MiB);
        Assert.Null(PhysicalPageAllocator.Create([], [], memory.Window));
        Assert.Null(PhysicalPageAllocator.Create([Range(0, 0x9F000)], [], memory.Window));   // low memory only: nowhere for the bitmap
    }
}
