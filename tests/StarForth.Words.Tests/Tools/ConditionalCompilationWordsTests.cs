using Xunit;

namespace StarForth.Words.Tests;

public sealed class ConditionalCompilationWordsTests : ForthTest
{
    [Theory]
    [InlineData("1 [IF] 2 [ELSE] 3 [THEN]", "2")]
    [InlineData("0 [IF] 2 [ELSE] 3 [THEN]", "3")]
    [InlineData("0 [IF] 2 [THEN] 4", "4")]
    [InlineData("0 [IF] 1 [IF] 2 [ELSE] 3 [THEN] [ELSE] 4 [THEN]", "4")]
    [InlineData("1 [IF] 0 [IF] 2 [ELSE] 3 [THEN] [ELSE] 4 [THEN]", "3")]
    [InlineData("0 [if] 2 [else] 3 [then]", "3")]
    [InlineData(": T [ 0 ] [IF] 1 [ELSE] 2 [THEN] ; T", "2")]
    [InlineData("[THEN] 5", "5")]
    public void BracketIfChoosesAPart(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void SkippingContinuesOnTheNextLines()
    {
        Machine.Terminal.SetPendingInput("1 \\ [ELSE] in a comment\n [IF] 2 [THEN]\n[THEN] 3"u8);
        AssertStack("3", "0 [IF]");
    }

    [Fact]
    public void EndOfInputWhileSkippingIsMinus39() => AssertThrows(ThrowCode.UnexpectedEndOfFile, "0 [IF] 1");

    [Fact]
    public void BracketIfNeedsAFlag() => AssertThrows(ThrowCode.StackUnderflow, "[IF]");

    [Theory]
    [InlineData("[DEFINED] DUP", "-1")]
    [InlineData("[DEFINED] dup", "-1")]
    [InlineData("[DEFINED] NO-SUCH-WORD", "0")]
    [InlineData("[UNDEFINED] DUP", "0")]
    [InlineData("[UNDEFINED] NO-SUCH-WORD", "-1")]
    [InlineData(": T [DEFINED] DUP LITERAL ; T", "-1")]
    [InlineData("[UNDEFINED] MY-WORD [IF] : MY-WORD 7 ; [THEN] MY-WORD", "7")]
    public void DefinedAsksTheSearchOrder(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("[DEFINED]")]
    [InlineData("[UNDEFINED]")]
    public void DefinedNeedsAName(string source) => AssertThrows(ThrowCode.ZeroLengthName, source);
}
