namespace StarForth;

/// <summary>What every dictionary header starts with, and the canonical hash therefore covers.</summary>
public static class WordHeader
{
    /// <summary>The acl_default byte of every header the generator declares and the VM creates.</summary>
    public const byte DefaultAcl = 1;
}
