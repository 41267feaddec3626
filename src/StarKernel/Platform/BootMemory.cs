using StarKernel.Memory;

namespace StarKernel.Platform;

/// <summary>What the platform layer learned about physical memory while taking over the machine.</summary>
internal struct BootMemory
{
    public ulong UsableBytes;
    public int UsableRegions;
    public int TotalRegions;
    public int ExitBootServicesAttempts;

    /// <summary>Conventional memory: free for the kernel's page allocator once boot services are gone.</summary>
    public PhysicalRange[] Conventional;

    /// <summary>Every range the firmware's map describes, whatever its type: what the kernel identity-maps.</summary>
    public PhysicalRange[] Described;
}
