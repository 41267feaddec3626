using Xunit;

namespace StarForth.Words.Tests;

public sealed class SubstitutionWordsTests : ForthTest
{
    [Theory]
    [InlineData("S\" hello\" 2 /STRING TYPE", "llo")]
    [InlineData("S\" hello\" 0 /STRING TYPE", "hello")]
    [InlineData("S\" hello\" 5 /STRING TYPE", "")]
    [InlineData("S\" hello\" 2 /STRING -1 /STRING TYPE", "ello")]
    public void SlashStringStepsIntoTheString(string source, string expected) => AssertOutput(expected, source);

    [Fact]
    public void SlashStringKeepsTheArithmetic() => AssertStack("103 7", "100 10 3 /STRING");

    [Fact]
    public void SlashStringUnderflows() => AssertThrows(ThrowCode.StackUnderflow, "1 2 /STRING");

    [Theory]
    [InlineData(": T [ S\" lit\" ] SLITERAL ; T TYPE", "lit")]
    [InlineData(": T [ S\" \" ] SLITERAL ; T TYPE 1 .", "1 ")]
    [InlineData(": T [ S\" ab\" ] SLITERAL TYPE ; T T", "abab")]
    public void SLiteralCompilesACopy(string source, string expected) => AssertOutput(expected, source);

    [Theory]
    [InlineData("S\" x\" SLITERAL", ThrowCode.CompileOnly)]
    [InlineData(": T [ 1 ] SLITERAL ;", ThrowCode.StackUnderflow)]
    [InlineData(": T [ -1 5 ] SLITERAL ;", ThrowCode.InvalidAddress)]
    public void SLiteralErrors(string source, long code) => AssertThrows(code, source);

    [Theory]
    [InlineData("S\" Hi %name%!\"", "Hi Bob! 1")]
    [InlineData("S\" %name%%NAME%\"", "BobBob 2")]
    [InlineData("S\" 100%%\"", "100% 0")]
    [InlineData("S\" %other% and %\"", "%other% and % 0")]
    [InlineData("S\" no closing %name\"", "no closing %name 0")]
    [InlineData("S\" \"", " 0")]
    public void SubstituteReplacesKnownNames(string text, string expected) =>
        AssertOutput(expected, "S\" Bob\" S\" name\" REPLACES CREATE B 64 ALLOT", text + " B 64 SUBSTITUTE >R TYPE SPACE R> 0 .R");

    [Fact]
    public void TheNewestReplacesWins() =>
        AssertOutput("new 1", "S\" old\" S\" v\" REPLACES S\" new\" S\" v\" REPLACES CREATE B 9 ALLOT S\" %v%\" B 9 SUBSTITUTE >R TYPE SPACE R> 0 .R");

    [Fact]
    public void ForgettingTakesTheSubstitutionAway() =>
        AssertOutput("%v% 0", "MARKER M S\" x\" S\" v\" REPLACES M CREATE B 9 ALLOT S\" %v%\" B 9 SUBSTITUTE >R TYPE SPACE R> 0 .R");

    [Fact]
    public void SubstituteIntoATooSmallBufferIsMinus78() =>
        AssertStack("-78", "S\" abc\" S\" n\" REPLACES CREATE B 2 ALLOT S\" %n%\" B 2 SUBSTITUTE NIP NIP");

    [Theory]
    [InlineData("1 2 3 SUBSTITUTE", ThrowCode.StackUnderflow)]
    [InlineData("S\" x\" -1 5 SUBSTITUTE", ThrowCode.InvalidAddress)]
    [InlineData("1 2 3 REPLACES", ThrowCode.StackUnderflow)]
    [InlineData("S\" x\" S\" 0123456789012345678901234567890\" REPLACES", ThrowCode.NameTooLong)]
    [InlineData("S\" x\" -1 5 REPLACES", ThrowCode.InvalidAddress)]
    [InlineData("1 2 UNESCAPE", ThrowCode.StackUnderflow)]
    [InlineData("S\" %\" -1 UNESCAPE", ThrowCode.InvalidAddress)]
    public void SubstitutionErrors(string source, long code) => AssertThrows(code, source);

    [Theory]
    [InlineData("S\" a%b\"", "a%%b")]
    [InlineData("S\" %%\"", "%%%%")]
    [InlineData("S\" plain\"", "plain")]
    public void UnescapeDoublesPercent(string text, string expected) =>
        AssertOutput(expected, "CREATE B 20 ALLOT " + text + " B UNESCAPE TYPE");

    [Fact]
    public void UnescapeThenSubstituteGivesTheTextBack() =>
        AssertOutput("50% %n% 0", "S\" X\" S\" n\" REPLACES CREATE B 20 ALLOT CREATE C 20 ALLOT S\" 50% %n%\" B UNESCAPE C 20 SUBSTITUTE >R TYPE SPACE R> 0 .R");
}
