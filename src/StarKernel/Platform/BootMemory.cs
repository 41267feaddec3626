namespace StarKernel.Platform;

/// <summary>What the platform layer learned about physical memory while taking over the machine.</summary>
internal struct BootMemory
{
    public ulong UsableBytes;
    public int UsableRegions;
    public int TotalRegions;
    public int ExitBootServicesAttempts;
}
