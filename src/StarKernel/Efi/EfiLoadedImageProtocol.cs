using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>The loaded image protocol, up to the device the image was loaded from (UEFI 2.10, 9.1).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EfiLoadedImageProtocol
{
    public uint Revision;
    public void* ParentHandle;
    public EfiSystemTable* SystemTable;
    public void* DeviceHandle;
}
