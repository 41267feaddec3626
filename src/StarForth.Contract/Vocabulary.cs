namespace StarForth;

/// <summary>The vocabularies a header can belong to, by the index stored in the header.</summary>
public static class Vocabulary
{
    public const int Forth = 0;
    public const int StarForth = 1;

    /// <summary>The names words.lock and <c>[ForthWord(Vocabulary = ...)]</c> use.</summary>
    public const string ForthName = "FORTH";
    public const string StarForthName = "STARFORTH";

    public static int IndexOf(string name) => name == StarForthName ? StarForth : Forth;

    public static System.ReadOnlySpan<byte> Name(int vocabulary) =>
        vocabulary == StarForth ? "STARFORTH"u8 : "FORTH"u8;
}
