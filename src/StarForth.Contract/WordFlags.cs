namespace StarForth;

/// <summary>
/// Header flags. The low byte keeps the C StarForth's values and is what the canonical hash covers;
/// bits above it describe behaviour that the C dictionary never recorded.
/// </summary>
[System.Flags]
public enum WordFlags
{
    None = 0,
    Frozen = 0x04,
    Pinned = 0x08,
    Colon = 0x10,
    Smudged = 0x20,
    Hidden = 0x40,
    Immediate = 0x80,
    CompileOnly = 0x100,
}
