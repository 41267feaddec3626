using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Internal.Runtime;
using StarKernel.Platform;

namespace StarKernel.Efi;

/// <summary>
/// The image's entry point. Does the work a NativeAOT runtime would do at start-up (heap, GC
/// statics), takes the machine from the firmware, then runs the kernel's <c>Main</c> and powers off.
/// </summary>
internal static unsafe class EfiEntryPoint
{
    private const nuint PageSize = 4096;

    /// <summary>
    /// 8 MiB for the bump heap: managed objects and kernel tables, never freed. The Forth arena and
    /// the VM's other blocks come from the page allocator instead.
    /// </summary>
    private const nuint HeapPages = 2048;

    [UnmanagedCallersOnly(EntryPoint = "EfiMain")]
    private static EfiStatus EfiMain(void* imageHandle, EfiSystemTable* systemTable)
    {
        EfiBootServices* boot = systemTable->BootServices;

        // Firmware resets the machine after five minutes unless the watchdog is disarmed.
        boot->SetWatchdogTimer(0, 0, 0, null);
        EfiConsole.Write(systemTable, "StarKernel: boot\n");

        ulong heap;
        if (boot->AllocatePages(EfiAllocateType.AnyPages, EfiMemoryType.LoaderData, HeapPages, &heap) != EfiStatus.Success)
        {
            EfiConsole.Write(systemTable, "StarKernel: cannot allocate the heap\n");
            ShutdownThroughFirmware(systemTable);
        }
        BumpHeap.Initialize((byte*)heap, HeapPages * PageSize);
        ReadyToRunModule.InitializeGcStatics();

        // The firmware's file system goes with boot services: copy the programs on the boot disk first.
        EfiBootFolder.Copy(imageHandle, systemTable);

        if (!EfiBootServicesExit.TryExit(imageHandle, systemTable, out BootMemory memory))
        {
            EfiConsole.Write(systemTable, "StarKernel: ExitBootServices failed\n");
            ShutdownThroughFirmware(systemTable);
        }

        // The firmware's interrupt handlers are gone with boot services.
        Cpu.DisableInterrupts();
        BootInfo.Memory = memory;
        SerialPort.Initialize();

        int exitCode = ManagedMain(0, null);
        KernelLog.BeginLine();
        KernelLog.Write("StarKernel: Main returned ");
        KernelLog.WriteDecimal((ulong)exitCode);
        KernelLog.WriteLine(exitCode == 0 ? "; exit: pass" : "; exit: fail");
        SystemPower.Exit(passed: exitCode == 0);
        return EfiStatus.Success;
    }

    private static void ShutdownThroughFirmware(EfiSystemTable* systemTable)
    {
        systemTable->RuntimeServices->ResetSystem(EfiResetType.Shutdown, EfiStatus.Success, 0, null);
        SystemPower.HaltForever();
    }

    /// <summary>ilc's wrapper around the kernel's <c>static int Main()</c>.</summary>
    [RuntimeImport("*", "__managed__Main")]
    [MethodImpl(MethodImplOptions.InternalCall)]
    private static extern int ManagedMain(int argc, char** argv);
}
