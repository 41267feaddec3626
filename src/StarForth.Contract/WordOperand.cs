namespace StarForth;

/// <summary>What follows a word's cell in threaded code, so the body can be walked (hashing, SEE) without running it.</summary>
public enum WordOperand : byte
{
    None = 0,

    /// <summary>One cell holding a value (LIT).</summary>
    Literal,

    /// <summary>One cell holding a branch offset in cells, relative to that cell ((BRANCH), (DO), (LOOP) ...).</summary>
    Branch,

    /// <summary>A cell holding a length, then that many bytes padded to a cell ((s"), (ABORT")).</summary>
    InlineString,
}
