using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>
/// One memory map entry. Walk a map by the firmware's descriptor size, not sizeof(this):
/// firmware may append fields (OVMF's entries are 48 bytes).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EfiMemoryDescriptor
{
    public EfiMemoryType Type;
    public ulong PhysicalStart;
    public ulong VirtualStart;
    public ulong NumberOfPages;
    public ulong Attribute;
}
