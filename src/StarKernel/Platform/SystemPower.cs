namespace StarKernel.Platform;

/// <summary>Ways to stop the machine once the firmware is gone.</summary>
internal static class SystemPower
{
    /// <summary>
    /// QEMU's <c>isa-debug-exit</c> device (boot.sh adds <c>-device isa-debug-exit,iobase=0xf4,iosize=0x04</c>):
    /// writing a byte v makes QEMU exit at once with status <c>(v &lt;&lt; 1) | 1</c>.
    /// </summary>
    private const ushort DebugExitPort = 0xF4;

    /// <summary>The run passed: QEMU exits with 33.</summary>
    public const byte PassStatus = 0x10;

    /// <summary>The run failed (panic, CPU exception, failed self-test): QEMU exits with 35.</summary>
    public const byte FailStatus = 0x11;

    /// <summary>Ends the run with a status QEMU reports; without the debug-exit device, powers off.</summary>
    public static void Exit(bool passed)
    {
        PortIo.OutByte(DebugExitPort, passed ? PassStatus : FailStatus);
        PowerOff();
    }

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
