namespace StarKernel.Platform;

/// <summary>
/// Points all 256 vectors at the Iced-assembled entry stubs (which call <see cref="InterruptDispatcher"/>)
/// and loads the table. Replaces the firmware's IDT, so only valid after ExitBootServices and after
/// <see cref="GlobalDescriptorTable.Install"/> (the gates name its code selector and IST).
/// </summary>
internal static unsafe class InterruptDescriptorTable
{
    private const int VectorCount = 256;
    private const int GateSize = 16;

    /// <summary>Present, ring 0, 64-bit interrupt gate (interrupts stay off inside handlers).</summary>
    private const byte InterruptGate = 0x8E;

    public static void Install()
    {
        byte* table = Internal.Runtime.BumpHeap.Allocate(VectorCount * GateSize);
        ulong* entries = InterruptEntry.GetEntryTable();
        ushort codeSelector = Cpu.ReadCodeSegment();
        for (int vector = 0; vector < VectorCount; vector++)
        {
            WriteGate(table + vector * GateSize, entries[vector], codeSelector, UsesEmergencyStack(vector) ? GlobalDescriptorTable.EmergencyStackIndex : (byte)0);
        }

        // lidt takes a 2-byte limit followed by an 8-byte base.
        byte* descriptor = stackalloc byte[16];
        *(ushort*)descriptor = VectorCount * GateSize - 1;
        *(ulong*)(descriptor + 2) = (ulong)table;
        Cpu.LoadInterruptDescriptorTable(descriptor);
    }

    /// <summary>Double fault, NMI and machine check: the current stack may be the reason they happened.</summary>
    private static bool UsesEmergencyStack(int vector) => vector is 2 or 8 or 18;

    /// <summary>Gate layout per Intel SDM vol. 3, 6.14.1: the handler address is split in three.</summary>
    private static void WriteGate(byte* gate, ulong handler, ushort codeSelector, byte interruptStack)
    {
        *(ushort*)(gate + 0) = (ushort)handler;
        *(ushort*)(gate + 2) = codeSelector;
        gate[4] = interruptStack;                     // 0: stay on the current stack
        gate[5] = InterruptGate;
        *(ushort*)(gate + 6) = (ushort)(handler >> 16);
        *(uint*)(gate + 8) = (uint)(handler >> 32);
        *(uint*)(gate + 12) = 0;
    }
}
