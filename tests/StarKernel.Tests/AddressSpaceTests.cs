using StarKernel.Memory;
using Xunit;
using static StarKernel.Tests.FakePhysicalMemory;

namespace StarKernel.Tests;

/// <summary>The kernel's page-table code (src/StarKernel/Memory), compiled hosted, building tables in fake memory.</summary>
public unsafe class AddressSpaceTests
{
    private const ulong ArenaBase = 0xFFFF_9000_0000_0000;

    [Fact]
    public void MapsFourKiBPagesThroughFourLevelsOfTablesFromTheAllocator()
    {
        using var memory = new FakePhysicalMemory(8 * MiB);
        var pages = memory.Allocator([Range(1 * MiB, 8 * MiB)]);
        ulong free = pages.FreePages;
        var space = AddressSpace.Create(pages, memory.Window)!;

        Assert.True(space.Map(ArenaBase, 5 * MiB, AddressSpace.Writable | AddressSpace.NoExecute));

        Assert.Equal(4UL, space.TablePages);                        // PML4, PDPT, PD, PT
        Assert.Equal(free - 4, pages.FreePages);
        Assert.True(space.TryTranslate(ArenaBase + 0x123, out ulong physical, out ulong flags));
        Assert.Equal(5 * MiB + 0x123, physical);
        Assert.Equal(AddressSpace.Present | AddressSpace.Writable | AddressSpace.NoExecute, flags);
        Assert.False(space.TryTranslate(ArenaBase - Page, out _, out _));
        Assert.False(space.TryTranslate(ArenaBase + Page, out _, out _));
    }

    [Fact]
    public void LargePagesTranslateTheOffsetWithinTwoMiB()
    {
        using var memory = new FakePhysicalMemory(8 * MiB);
        var space = AddressSpace.Create(memory.Allocator([Range(1 * MiB, 8 * MiB)]), memory.Window)!;

        Assert.True(space.MapLarge(4 * MiB, 4 * MiB, AddressSpace.Writable));

        Assert.Equal(3UL, space.TablePages);
        Assert.True(space.TryTranslate(4 * MiB + 0x1F_FFFF, out ulong physical, out ulong flags));
        Assert.Equal(4 * MiB + 0x1F_FFFF, physical);
        Assert.NotEqual(0UL, flags & AddressSpace.LargePage);
        Assert.False(space.Map(4 * MiB + Page, 0, AddressSpace.Writable));   // a large page covers it
    }

    [Fact]
    public void LargePageIsRefusedWhereATableAlreadyExists()
    {
        using var memory = new FakePhysicalMemory(8 * MiB);
        var space = AddressSpace.Create(memory.Allocator([Range(1 * MiB, 8 * MiB)]), memory.Window)!;

        Assert.True(space.Map(Page, Page, AddressSpace.Writable));

        Assert.False(space.MapLarge(0, 0, AddressSpace.Writable));
        Assert.False(space.TryTranslate(0, out _, out _));
        Assert.True(space.TryTranslate(Page, out _, out _));
    }

    [Fact]
    public void UnmapRemovesOnlyThatPage()
    {
        using var memory = new FakePhysicalMemory(8 * MiB);
        var space = AddressSpace.Create(memory.Allocator([Range(1 * MiB, 8 * MiB)]), memory.Window)!;
        for (ulong i = 0; i < 3; i++)
        {
            Assert.True(space.Map(ArenaBase + i * Page, 6 * MiB + i * Page, AddressSpace.Writable));
        }

        Assert.True(space.Unmap(ArenaBase + Page));
        Assert.False(space.Unmap(ArenaBase + Page));

        Assert.True(space.TryTranslate(ArenaBase, out _, out _));
        Assert.False(space.TryTranslate(ArenaBase + Page, out _, out _));
        Assert.True(space.TryTranslate(ArenaBase + 2 * Page, out ulong physical, out _));
        Assert.Equal(6 * MiB + 2 * Page, physical);
    }
}
