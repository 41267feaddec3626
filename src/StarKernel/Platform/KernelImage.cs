using StarKernel.Memory;

namespace StarKernel.Platform;

/// <summary>Where the firmware loaded this PE image, so the page allocator can keep its hands off it.</summary>
internal static unsafe partial class KernelImage
{
    /// <summary>From the PE headers: DOS header → e_lfanew (at 0x3C) → "PE\0\0", COFF header (20 bytes), optional header.</summary>
    public static PhysicalRange Range
    {
        get
        {
            byte* image = GetImageBase();
            uint peHeader = *(uint*)(image + 0x3C);
            const int SizeOfImageInOptionalHeader = 56;
            uint sizeOfImage = *(uint*)(image + peHeader + 4 + 20 + SizeOfImageInOptionalHeader);
            return new PhysicalRange((ulong)image, (ulong)image + sizeOfImage);
        }
    }
}
