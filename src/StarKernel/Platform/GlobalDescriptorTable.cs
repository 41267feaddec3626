namespace StarKernel.Platform;

/// <summary>
/// The kernel's own GDT: flat 64-bit code and data segments and a TSS whose first interrupt stack
/// (IST1) is a separate stack for exceptions that arrive when the current stack is unusable: a
/// kernel stack overflow faults on the guard page, the CPU cannot push that fault's frame either,
/// and the resulting double fault is reported from IST1 instead of ending in a triple fault.
/// </summary>
internal static unsafe class GlobalDescriptorTable
{
    public const ushort CodeSelector = 0x08;
    public const ushort DataSelector = 0x10;
    public const ushort TaskStateSelector = 0x18;

    /// <summary>IST index the IDT names for double faults, NMI and machine checks.</summary>
    public const byte EmergencyStackIndex = 1;

    private const int EntryCount = 5;                 // null, code, data, TSS (two entries)
    private const int TaskStateSize = 104;
    private const int FirstInterruptStackOffset = 0x24;
    private const int IoMapBaseOffset = 0x66;
    private const int EmergencyStackBytes = 16 * 1024;

    // Intel SDM vol. 3, 3.4.5: present, ring 0, long-mode code (L bit) / writable data, 4 GiB limit.
    private const ulong Code64 = 0x00AF_9A00_0000_FFFF;
    private const ulong Data = 0x00CF_9200_0000_FFFF;

    /// <summary>Present, type 9: an available 64-bit TSS.</summary>
    private const ulong AvailableTaskState = 0x89;

    public static void Install()
    {
        ulong* table = (ulong*)Internal.Runtime.BumpHeap.Allocate(EntryCount * sizeof(ulong));
        byte* taskState = Internal.Runtime.BumpHeap.Allocate(TaskStateSize);
        byte* emergencyStack = Internal.Runtime.BumpHeap.Allocate(EmergencyStackBytes + 16);

        ulong stackTop = ((ulong)emergencyStack + EmergencyStackBytes) & ~15UL;
        *(ulong*)(taskState + FirstInterruptStackOffset) = stackTop;
        *(ushort*)(taskState + IoMapBaseOffset) = TaskStateSize;   // no I/O permission bitmap

        ulong tss = (ulong)taskState;
        table[0] = 0;
        table[1] = Code64;
        table[2] = Data;
        table[3] = (TaskStateSize - 1)
            | ((tss & 0xFFFFFF) << 16)
            | (AvailableTaskState << 40)
            | (((tss >> 24) & 0xFF) << 56);
        table[4] = tss >> 32;

        byte* descriptor = stackalloc byte[16];
        *(ushort*)descriptor = EntryCount * sizeof(ulong) - 1;
        *(ulong*)(descriptor + 2) = (ulong)table;
        Cpu.LoadGlobalDescriptorTable(descriptor, CodeSelector, DataSelector);
        Cpu.LoadTaskRegister(TaskStateSelector);
    }
}
