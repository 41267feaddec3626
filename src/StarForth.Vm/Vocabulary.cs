namespace StarForth;

/// <summary>The vocabularies a header can belong to, by the index stored in the header.</summary>
public static class Vocabulary
{
    public const int Forth = 0;
    public const int StarForth = 1;

    public static System.ReadOnlySpan<byte> Name(int vocabulary) =>
        vocabulary == StarForth ? "STARFORTH"u8 : "FORTH"u8;
}
