namespace StarForth;

/// <summary>
/// A dictionary header in the arena, linked newest to oldest:
///   +0 link (u32, address of the previous header, 0 for none)   +4 word_id (u32)
///   +8 flags (u16)   +10 acl_default (u8)   +11 vocabulary (u8)   +12 name length (u8)   +13 name bytes
/// and the body (data field or threaded code) starts at the next cell boundary.
/// </summary>
internal static class HeaderLayout
{
    public const int Link = 0;
    public const int WordId = 4;
    public const int Flags = 8;
    public const int AclDefault = 10;
    public const int Vocabulary = 11;
    public const int NameLength = 12;
    public const int Name = 13;
}
