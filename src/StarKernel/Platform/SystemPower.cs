namespace StarKernel.Platform;

/// <summary>Ways to stop the machine once the firmware is gone.</summary>
internal static class SystemPower
{
    /// <summary>
    /// Asks the chipset's ACPI power-management block to enter S5 (soft off). QEMU's q35 machine
    /// places it at port 0x604; older QEMU/Bochs PIIX machines at 0xB004. Real hardware needs the
    /// FADT from ACPI instead; if nothing listens, the CPU halts.
    /// </summary>
    public static void PowerOff()
    {
        const ushort SleepTypeS5AndEnable = 0x2000;
        PortIo.OutWord(0x604, SleepTypeS5AndEnable);
        PortIo.OutWord(0xB004, SleepTypeS5AndEnable);
        HaltForever();
    }

    public static void HaltForever()
    {
        Cpu.DisableInterrupts();
        while (true)
        {
            Cpu.Halt();
        }
    }
}
