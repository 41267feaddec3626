namespace StarKernel.Efi;

internal enum EfiResetType
{
    Cold = 0,
    Warm = 1,
    Shutdown = 2,
}
