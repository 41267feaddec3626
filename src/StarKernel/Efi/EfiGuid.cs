using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>A protocol's GUID, laid out as UEFI passes it (UEFI 2.10, appendix A).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EfiGuid
{
    public uint Data1;
    public ushort Data2;
    public ushort Data3;
    public ulong Data4;

    /// <summary>EFI_LOADED_IMAGE_PROTOCOL_GUID 5B1B31A1-9562-11D2-8E3F-00A0C969723B.</summary>
    public static EfiGuid LoadedImage => Create(0x5B1B31A1, 0x9562, 0x11D2, 0x8E, 0x3F, 0x00, 0xA0, 0xC9, 0x69, 0x72, 0x3B);

    /// <summary>EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID 964E5B22-6459-11D2-8E39-00A0C969723B.</summary>
    public static EfiGuid SimpleFileSystem => Create(0x964E5B22, 0x6459, 0x11D2, 0x8E, 0x39, 0x00, 0xA0, 0xC9, 0x69, 0x72, 0x3B);

    private static EfiGuid Create(uint data1, ushort data2, ushort data3, byte b0, byte b1, byte b2, byte b3, byte b4, byte b5, byte b6, byte b7) =>
        new()
        {
            Data1 = data1,
            Data2 = data2,
            Data3 = data3,
            Data4 = b0 | ((ulong)b1 << 8) | ((ulong)b2 << 16) | ((ulong)b3 << 24)
                | ((ulong)b4 << 32) | ((ulong)b5 << 40) | ((ulong)b6 << 48) | ((ulong)b7 << 56),
        };
}
