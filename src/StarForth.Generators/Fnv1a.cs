namespace StarForth.Generators;

/// <summary>The canonical header hash, computed at compile time exactly as StarForth.CanonicalHash does at run time.</summary>
public static class Fnv1a
{
    public const ulong OffsetBasis = 0xCBF29CE484222325UL;
    public const ulong Prime = 0x100000001B3UL;

    public static ulong AddByte(ulong hash, byte value) => unchecked((hash ^ value) * Prime);

    public static ulong AddHeader(ulong hash, int flags, byte[] name, byte aclDefault, int wordId)
    {
        hash = AddByte(hash, (byte)flags);
        hash = AddByte(hash, (byte)name.Length);
        foreach (byte b in name)
        {
            hash = AddByte(hash, b);
        }
        hash = AddByte(hash, aclDefault);
        for (int shift = 0; shift < 32; shift += 8)
        {
            hash = AddByte(hash, (byte)(wordId >> shift));
        }
        return hash;
    }
}
