using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>The firmware console (ConOut); only usable before ExitBootServices.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EfiSimpleTextOutputProtocol
{
    public void* Reset;
    public delegate* unmanaged<EfiSimpleTextOutputProtocol*, char*, EfiStatus> OutputString;
}
