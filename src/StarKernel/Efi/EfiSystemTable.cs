using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>The table the firmware passes to the image's entry point (UEFI 2.10, 4.3).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EfiSystemTable
{
    public EfiTableHeader Header;
    public char* FirmwareVendor;
    public uint FirmwareRevision;
    public void* ConsoleInHandle;
    public void* ConIn;
    public void* ConsoleOutHandle;
    public EfiSimpleTextOutputProtocol* ConOut;
    public void* StandardErrorHandle;
    public void* StdErr;
    public EfiRuntimeServices* RuntimeServices;
    public EfiBootServices* BootServices;
    public nuint NumberOfTableEntries;
    public void* ConfigurationTable;
}
