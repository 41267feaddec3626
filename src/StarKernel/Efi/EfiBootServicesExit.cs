using Internal.Runtime;
using StarKernel.Memory;
using StarKernel.Platform;

namespace StarKernel.Efi;

/// <summary>
/// Takes the machine from the firmware: reads the memory map and calls ExitBootServices with its
/// key. The key goes stale whenever the firmware's map changes (its own timers may allocate), so
/// the pair is retried, as the UEFI specification prescribes.
/// </summary>
internal static unsafe class EfiBootServicesExit
{
    private const int MaxAttempts = 16;

    // Allocations between sizing the map and reading it can split regions: leave room for growth.
    private const int SpareDescriptors = 16;

    public static bool TryExit(void* imageHandle, EfiSystemTable* systemTable, out BootMemory memory)
    {
        EfiBootServices* boot = systemTable->BootServices;
        nuint mapSize = 0;
        nuint mapKey;
        nuint descriptorSize;
        uint descriptorVersion;
        boot->GetMemoryMap(&mapSize, null, &mapKey, &descriptorSize, &descriptorVersion);

        // The bump heap never calls the firmware, so taking the buffer from it cannot change the map.
        nuint capacity = mapSize + SpareDescriptors * descriptorSize;
        byte* map = BumpHeap.Allocate(capacity);

        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            mapSize = capacity;
            if (boot->GetMemoryMap(&mapSize, (EfiMemoryDescriptor*)map, &mapKey, &descriptorSize, &descriptorVersion) != EfiStatus.Success)
            {
                continue;
            }
            if (boot->ExitBootServices(imageHandle, mapKey) == EfiStatus.Success)
            {
                memory = Summarize(map, mapSize, descriptorSize, attempt);
                return true;
            }
        }
        memory = default;
        return false;
    }

    private static BootMemory Summarize(byte* map, nuint mapSize, nuint descriptorSize, int attempts)
    {
        var memory = new BootMemory { ExitBootServicesAttempts = attempts };
        int conventional = 0;
        for (nuint offset = 0; offset + descriptorSize <= mapSize; offset += descriptorSize)
        {
            var descriptor = (EfiMemoryDescriptor*)(map + offset);
            memory.TotalRegions++;
            if (descriptor->Type == EfiMemoryType.Conventional)
            {
                conventional++;
            }
            if (IsFreeAfterExit(descriptor->Type))
            {
                memory.UsableRegions++;
                memory.UsableBytes += descriptor->NumberOfPages * 4096;
            }
        }

        // The heap is the bump heap, which never calls the firmware: allocating here is safe.
        memory.Conventional = new PhysicalRange[conventional];
        memory.Described = new PhysicalRange[memory.TotalRegions];
        int c = 0;
        int d = 0;
        for (nuint offset = 0; offset + descriptorSize <= mapSize; offset += descriptorSize)
        {
            var descriptor = (EfiMemoryDescriptor*)(map + offset);
            var range = new PhysicalRange(descriptor->PhysicalStart, descriptor->PhysicalStart + descriptor->NumberOfPages * 4096);
            memory.Described[d++] = range;
            if (descriptor->Type == EfiMemoryType.Conventional)
            {
                memory.Conventional[c++] = range;
            }
        }
        return memory;
    }

    /// <summary>Memory the kernel owns once boot services are gone (its own image and heap included).</summary>
    private static bool IsFreeAfterExit(EfiMemoryType type) =>
        type is EfiMemoryType.Conventional or EfiMemoryType.BootServicesCode or EfiMemoryType.BootServicesData
            or EfiMemoryType.LoaderCode or EfiMemoryType.LoaderData;
}
