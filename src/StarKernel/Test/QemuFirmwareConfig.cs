using System;
using StarKernel.Platform;

namespace StarKernel.Test;

/// <summary>
/// Reads a named file from QEMU's firmware configuration device (<c>-fw_cfg name=opt/...,string=...</c>) through its
/// I/O ports: the test image's command line, since a UEFI application booted from the ESP gets none. Works after
/// ExitBootServices; without QEMU the signature does not match and nothing is read.
/// </summary>
internal static class QemuFirmwareConfig
{
    private const ushort SelectorPort = 0x510; // 16-bit writes only
    private const ushort DataPort = 0x511;
    private const ushort SignatureKey = 0x0000;
    private const ushort FileDirectoryKey = 0x0019;
    private const int FileNameBytes = 56;

    /// <summary>Copies the file into <paramref name="buffer"/>; returns its full length, or -1 when there is none.</summary>
    public static int ReadFile(ReadOnlySpan<byte> name, Span<byte> buffer)
    {
        if (name.Length >= FileNameBytes || !IsPresent())
        {
            return -1;
        }
        PortIo.OutWord(SelectorPort, FileDirectoryKey);
        uint count = ReadBigEndian(4);
        for (uint entry = 0; entry < count; entry++)
        {
            uint size = ReadBigEndian(4);
            ushort key = (ushort)ReadBigEndian(2);
            ReadBigEndian(2);
            bool same = true;
            for (int i = 0; i < FileNameBytes; i++)
            {
                byte stored = PortIo.InByte(DataPort);
                same &= stored == (i < name.Length ? name[i] : (byte)0);
            }
            if (same)
            {
                PortIo.OutWord(SelectorPort, key);
                for (int i = 0; i < (int)size && i < buffer.Length; i++)
                {
                    buffer[i] = PortIo.InByte(DataPort);
                }
                return (int)size;
            }
        }
        return -1;
    }

    private static bool IsPresent()
    {
        PortIo.OutWord(SelectorPort, SignatureKey);
        return PortIo.InByte(DataPort) == (byte)'Q' && PortIo.InByte(DataPort) == (byte)'E'
            && PortIo.InByte(DataPort) == (byte)'M' && PortIo.InByte(DataPort) == (byte)'U';
    }

    private static uint ReadBigEndian(int bytes)
    {
        uint value = 0;
        for (int i = 0; i < bytes; i++)
        {
            value = (value << 8) | PortIo.InByte(DataPort);
        }
        return value;
    }
}
