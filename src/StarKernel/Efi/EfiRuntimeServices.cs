using System.Runtime.InteropServices;

namespace StarKernel.Efi;

/// <summary>Runtime services table, up to ResetSystem (the 11th function).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EfiRuntimeServices
{
    public EfiTableHeader Header;
    public void* GetTime;
    public void* SetTime;
    public void* GetWakeupTime;
    public void* SetWakeupTime;
    public void* SetVirtualAddressMap;
    public void* ConvertPointer;
    public void* GetVariable;
    public void* GetNextVariableName;
    public void* SetVariable;
    public void* GetNextHighMonotonicCount;
    public delegate* unmanaged<EfiResetType, EfiStatus, nuint, void*, void> ResetSystem;
}
