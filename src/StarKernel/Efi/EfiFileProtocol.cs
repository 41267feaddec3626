using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>An open file or directory on a simple file system (UEFI 2.10, 13.5); unused slots are <c>void*</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EfiFileProtocol
{
    public const ulong ModeRead = 0x1;

    /// <summary>EFI_FILE_INFO.Attribute bit of a directory.</summary>
    public const ulong DirectoryAttribute = 0x10;

    /// <summary>EFI_FILE_INFO: Size, FileSize, PhysicalSize, three EFI_TIMEs, Attribute, then the UCS-2 name.</summary>
    public const int InfoFileSizeOffset = 8;
    public const int InfoAttributeOffset = 72;
    public const int InfoFileNameOffset = 80;

    public ulong Revision;
    public delegate* unmanaged<EfiFileProtocol*, EfiFileProtocol**, char*, ulong, ulong, EfiStatus> Open;
    public delegate* unmanaged<EfiFileProtocol*, EfiStatus> Close;
    public void* Delete;

    /// <summary>A file: its next bytes. A directory: its next EFI_FILE_INFO entry, size 0 at the end.</summary>
    public delegate* unmanaged<EfiFileProtocol*, nuint*, void*, EfiStatus> Read;
}
