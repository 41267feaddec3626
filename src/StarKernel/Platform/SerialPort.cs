namespace StarKernel.Platform;

/// <summary>
/// COM1, a 16550-compatible UART, driven by polling through the port I/O stubs: it works with or
/// without firmware and with interrupts off.
/// </summary>
internal static class SerialPort
{
    private const ushort Com1 = 0x3F8;
    private const ushort InterruptEnable = Com1 + 1;
    private const ushort DivisorLow = Com1 + 0;   // while the divisor latch is enabled
    private const ushort DivisorHigh = Com1 + 1;  // while the divisor latch is enabled
    private const ushort FifoControl = Com1 + 2;
    private const ushort LineControl = Com1 + 3;
    private const ushort ModemControl = Com1 + 4;
    private const ushort LineStatus = Com1 + 5;

    private const byte DataReady = 0x01;
    private const byte TransmitHoldingEmpty = 0x20;

    /// <summary>115200 baud (divisor 1), 8 data bits, no parity, one stop bit, FIFOs on, no interrupts.</summary>
    public static void Initialize()
    {
        PortIo.OutByte(InterruptEnable, 0x00);
        PortIo.OutByte(LineControl, 0x80);   // expose the divisor latch
        PortIo.OutByte(DivisorLow, 0x01);
        PortIo.OutByte(DivisorHigh, 0x00);
        PortIo.OutByte(LineControl, 0x03);   // 8N1, latch hidden again
        PortIo.OutByte(FifoControl, 0xC7);   // enable and clear FIFOs, 14-byte threshold
        PortIo.OutByte(ModemControl, 0x03);  // DTR and RTS
    }

    public static void WriteByte(byte value)
    {
        while ((PortIo.InByte(LineStatus) & TransmitHoldingEmpty) == 0)
        {
            Cpu.Pause();
        }
        PortIo.OutByte(Com1, value);
    }

    /// <summary>A byte that has arrived, without waiting; false when none has.</summary>
    public static bool TryReadByte(out byte value)
    {
        if ((PortIo.InByte(LineStatus) & DataReady) == 0)
        {
            value = 0;
            return false;
        }
        value = PortIo.InByte(Com1);
        return true;
    }

    /// <summary>Waits (polling, interrupts off) until a byte has arrived.</summary>
    public static byte ReadByte()
    {
        while ((PortIo.InByte(LineStatus) & DataReady) == 0)
        {
            Cpu.Pause();
        }
        return PortIo.InByte(Com1);
    }
}
