using StarKernel.Memory;
using StarKernel.Platform;

namespace StarKernel;

/// <summary>
/// The test image's checks of what the boot set up: page allocator bookkeeping, the identity map,
/// no-execute, and the arena's mapping and guard pages. A failed check ends the run as failed.
/// </summary>
internal static unsafe partial class Kernel
{
    private static int s_checks;

    static partial void RunSelfTest()
    {
        const ulong Page = PhysicalPageAllocator.PageSize;
        PhysicalPageAllocator pages = KernelMemory.Pages;
        AddressSpace space = KernelMemory.Space;

        ulong free = pages.FreePages;
        ulong block = pages.Allocate(3);
        Check(block != 0 && block % Page == 0 && block >= PhysicalPageAllocator.LowMemoryEnd, "allocate 3 pages");
        Check(!pages.IsFree(block) && pages.FreePages == free - 3, "allocated pages are taken");
        Check(pages.Free(block, 3) && pages.FreePages == free, "free returns the pages");
        Check(!pages.Free(block, 3), "double free refused");
        PhysicalRange image = KernelImage.Range;
        Check(!pages.IsFree(image.Start) && !pages.Free(image.Start & ~(Page - 1), 1), "kernel image never handed out");
        Check(!pages.IsFree(pages.Bitmap.Start), "bitmap reserved");

        Check((Cpu.ReadMsr(0xC000_0080) & (1UL << 11)) != 0, "EFER.NXE set");
        Check(Cpu.ReadCr3() == space.Root, "CR3 is ours");
        Check(!space.TryTranslate(0, out _, out _), "page 0 unmapped");
        Check(space.TryTranslate(image.Start, out ulong imagePhysical, out ulong imageFlags)
            && imagePhysical == image.Start && (imageFlags & AddressSpace.NoExecute) == 0, "image identity-mapped, executable");

        ulong arenaPages = KernelMemory.Arenas.MappedPagesAt(KernelMemory.ArenaBase);
        Check(arenaPages * Page == (ulong)StarForth.Machine.DefaultArenaSize, "arena is 5 MiB at the window base");
        Check(!space.TryTranslate(KernelMemory.ArenaBase - Page, out _, out _), "guard page below the arena unmapped");
        Check(!space.TryTranslate(KernelMemory.ArenaBase + arenaPages * Page, out _, out _), "guard page above the arena unmapped");
        space.TryTranslate(KernelMemory.ArenaBase, out ulong arenaPhysical, out ulong arenaFlags);
        Check((arenaFlags & AddressSpace.Writable) != 0 && (arenaFlags & AddressSpace.NoExecute) != 0, "arena read-write, no-execute");
        bool contiguous = true;
        for (ulong i = 0; i < arenaPages; i++)
        {
            contiguous &= space.TryTranslate(KernelMemory.ArenaBase + i * Page, out ulong physical, out _) && physical == arenaPhysical + i * Page;
        }
        Check(contiguous, "arena physically contiguous");
        Check(!pages.IsFree(arenaPhysical) && !pages.IsFree(arenaPhysical + (arenaPages - 1) * Page), "arena pages taken");

        byte local = 0;
        Check(KernelMemory.Stacks.Contains(&local), "running on the kernel stack");
        Check(!space.TryTranslate(KernelMemory.StackBase - Page, out _, out _), "guard page below the kernel stack unmapped");

        KernelLog.Write("StarKernel: self-test: ");
        KernelLog.WriteDecimal((ulong)s_checks);
        KernelLog.WriteLine(" checks passed");
    }

    private static void Check(bool passed, string what)
    {
        s_checks++;
        if (!passed)
        {
            KernelLog.Write("StarKernel: self-test FAILED: ");
            KernelLog.WriteLine(what);
            SystemPower.Exit(passed: false);
        }
    }
}
