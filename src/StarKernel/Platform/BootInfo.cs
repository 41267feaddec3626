namespace StarKernel.Platform;

/// <summary>Facts the platform entry point hands to the kernel before calling <c>Main</c>.</summary>
internal static class BootInfo
{
    public static BootMemory Memory;
}
