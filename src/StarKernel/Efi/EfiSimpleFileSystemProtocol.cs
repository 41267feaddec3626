using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>A FAT volume the firmware can read (UEFI 2.10, 13.4).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EfiSimpleFileSystemProtocol
{
    public ulong Revision;
    public delegate* unmanaged<EfiSimpleFileSystemProtocol*, EfiFileProtocol**, EfiStatus> OpenVolume;
}
