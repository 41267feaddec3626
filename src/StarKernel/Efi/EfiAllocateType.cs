namespace StarKernel.Efi;

internal enum EfiAllocateType
{
    AnyPages = 0,
    MaxAddress = 1,
    Address = 2,
}
