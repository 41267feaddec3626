using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>Boot services table, up to SetWatchdogTimer (the 30th function); unused slots are <c>void*</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EfiBootServices
{
    public EfiTableHeader Header;
    public void* RaiseTpl;
    public void* RestoreTpl;
    public delegate* unmanaged<EfiAllocateType, EfiMemoryType, nuint, ulong*, EfiStatus> AllocatePages;
    public void* FreePages;
    public delegate* unmanaged<nuint*, EfiMemoryDescriptor*, nuint*, nuint*, uint*, EfiStatus> GetMemoryMap;
    public void* AllocatePool;
    public void* FreePool;
    public void* CreateEvent;
    public void* SetTimer;
    public void* WaitForEvent;
    public void* SignalEvent;
    public void* CloseEvent;
    public void* CheckEvent;
    public void* InstallProtocolInterface;
    public void* ReinstallProtocolInterface;
    public void* UninstallProtocolInterface;
    public delegate* unmanaged<void*, EfiGuid*, void**, EfiStatus> HandleProtocol;
    public void* Reserved;
    public void* RegisterProtocolNotify;
    public void* LocateHandle;
    public void* LocateDevicePath;
    public void* InstallConfigurationTable;
    public void* LoadImage;
    public void* StartImage;
    public void* Exit;
    public void* UnloadImage;
    public delegate* unmanaged<void*, nuint, EfiStatus> ExitBootServices;
    public void* GetNextMonotonicCount;
    public delegate* unmanaged<nuint, EfiStatus> Stall;
    public delegate* unmanaged<nuint, ulong, nuint, char*, EfiStatus> SetWatchdogTimer;
}
