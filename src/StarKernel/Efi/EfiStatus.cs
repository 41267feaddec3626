namespace StarKernel.Efi;

/// <summary>UEFI status codes (Appendix D); errors have the top bit set.</summary>
internal enum EfiStatus : ulong
{
    Success = 0,
    InvalidParameter = 0x8000000000000002,
    BufferTooSmall = 0x8000000000000005,
}
