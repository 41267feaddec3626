namespace StarForth;

/// <summary>
/// FNV-1a 64 as the seed defines it for the dictionary: a header contributes flags (low byte), name length,
/// name bytes, acl_default and word_id (32-bit little-endian), oldest entry first. The generator computes the
/// bootstrap hashes with this code at compile time, and the VM the same hashes at run time.
/// </summary>
public static class CanonicalHash
{
    public const ulong OffsetBasis = 0xCBF29CE484222325UL;
    public const ulong Prime = 0x100000001B3UL;

    public static ulong AddByte(ulong hash, byte value) => unchecked((hash ^ value) * Prime);

    public static ulong AddUInt32(ulong hash, uint value)
    {
        hash = AddByte(hash, (byte)value);
        hash = AddByte(hash, (byte)(value >> 8));
        hash = AddByte(hash, (byte)(value >> 16));
        return AddByte(hash, (byte)(value >> 24));
    }

    public static ulong AddUInt64(ulong hash, ulong value)
    {
        hash = AddUInt32(hash, (uint)value);
        return AddUInt32(hash, (uint)(value >> 32));
    }

    public static ulong AddBytes(ulong hash, System.ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            hash = AddByte(hash, bytes[i]);
        }
        return hash;
    }

    public static ulong AddHeader(ulong hash, WordFlags flags, System.ReadOnlySpan<byte> name, byte aclDefault, int wordId)
    {
        hash = AddByte(hash, (byte)flags);
        hash = AddByte(hash, (byte)name.Length);
        hash = AddBytes(hash, name);
        hash = AddByte(hash, aclDefault);
        return AddUInt32(hash, (uint)wordId);
    }
}
