using Xunit;

namespace StarForth.Words.Tests;

public sealed class DoubleWordsTests : ForthTest
{
    [Theory]
    [InlineData("1.", "1 0")]
    [InlineData("-1.", "-1 -1")]
    [InlineData("1.5", "15 0")]
    [InlineData(".5", "5 0")]
    [InlineData("0.", "0 0")]
    [InlineData("18446744073709551616.", "0 1")]
    [InlineData("-18446744073709551616.", "0 -1")]
    [InlineData("HEX FF. DECIMAL", "255 0")]
    [InlineData("HEX -1.0 DECIMAL", "-16 -1")]
    [InlineData("#10. $10. %10.", "10 0 16 0 2 0")]
    [InlineData(": T 1.5 -2. ; T", "15 0 -2 -1")]
    public void ANumberWithADotIsADouble(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("..")]
    [InlineData("1.G")]
    [InlineData("-.")]
    [InlineData("HEX 1.G")]
    public void ADotWithoutDigitsOrWithBadDigitsIsUndefined(string source) => AssertThrows(ThrowCode.UndefinedWord, source);

    [Fact]
    public void DoubleLiteralsPrintWithDDot() =>
        AssertOutput("123456789012345678901234567890 -1 ", "123456789012345678901234567890. D. -1. D.");

    [Theory]
    [InlineData(": T [ 1 2 ] 2LITERAL ; T", "1 2")]
    [InlineData(": T [ 5. ] 2LITERAL ; T T", "5 0 5 0")]
    public void TwoLiteralCompilesTheTwoCells(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void TwoLiteralInterpretedIsCompileOnly() => AssertThrows(ThrowCode.CompileOnly, "1 2 2LITERAL");

    [Fact]
    public void TwoLiteralNeedsTwoCells() => AssertThrows(ThrowCode.StackUnderflow, ": T [ 1 ] 2LITERAL ;");

    [Theory]
    [InlineData("1 2 2VALUE V V", "1 2")]
    [InlineData("1 2 2VALUE V 3 4 TO V V", "3 4")]
    [InlineData("1 2 2VALUE V : T TO V ; 5 6 T V", "5 6")]
    [InlineData("1. 2VALUE V V D>S", "1")]
    public void TwoValueIsChangedByTo(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void TwoValueNeedsTwoCellsAndTwoForTo()
    {
        AssertThrows(ThrowCode.StackUnderflow, "1 2VALUE V");
        AssertThrows(ThrowCode.StackUnderflow, "1 2 2VALUE W 3 TO W");
        AssertThrows(ThrowCode.InvalidName, "1 2 2CONSTANT C 3 4 TO C");
    }

    [Fact]
    public void SeeShowsATwoValue() => AssertOutput("1 2 2VALUE V\n", "1 2 2VALUE V SEE V");

    [Theory]
    [InlineData("5 0 D>S", "5")]
    [InlineData("-5 -1 D>S", "-5")]
    public void DToSKeepsTheLowCell(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void DToSOnAnEmptyStackUnderflows() => AssertThrows(ThrowCode.StackUnderflow, "D>S");

    [Theory]
    [InlineData("5. 7 11 M*/", "3 0")]
    [InlineData("5. -7 11 M*/", "-3 -1")]
    [InlineData("-5. 7 11 M*/", "-3 -1")]
    [InlineData("-5. -7 11 M*/", "3 0")]
    [InlineData("0 1 4 2 M*/", "0 2")]
    [InlineData("-1 9223372036854775807 2 2 M*/", "-1 9223372036854775807")]
    [InlineData("0 1 0 1 M*/", "0 0")]
    public void MStarSlashScalesThroughATripleProduct(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("1. 1 0 M*/", ThrowCode.DivisionByZero)]
    [InlineData("-1 9223372036854775807 4 1 M*/", ThrowCode.ResultOutOfRange)]
    [InlineData("1 2 3 M*/", ThrowCode.StackUnderflow)]
    public void MStarSlashErrors(string source, long code) => AssertThrows(code, source);
}
