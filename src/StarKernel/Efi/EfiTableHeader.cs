using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>The 24-byte header that starts every UEFI service table (UEFI 2.10, 4.2).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EfiTableHeader
{
    public ulong Signature;
    public uint Revision;
    public uint HeaderSize;
    public uint Crc32;
    public uint Reserved;
}
