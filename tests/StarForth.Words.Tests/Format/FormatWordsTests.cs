using Xunit;

namespace StarForth.Words.Tests;

public sealed class FormatWordsTests : ForthTest
{
    [Theory]
    [InlineData("1 .", "1 ")]
    [InlineData("0 .", "0 ")]
    [InlineData("-1 .", "-1 ")]
    [InlineData("1 2 3 . . .", "3 2 1 ")]
    [InlineData("9223372036854775807 .", "9223372036854775807 ")]
    [InlineData("-9223372036854775808 .", "-9223372036854775808 ")]
    [InlineData("1 U.", "1 ")]
    [InlineData("-1 U.", "18446744073709551615 ")]
    [InlineData("-9223372036854775808 U.", "9223372036854775808 ")]
    [InlineData("255 HEX .", "FF ")]
    [InlineData("-255 HEX .", "-FF ")]
    [InlineData("-1 HEX U.", "FFFFFFFFFFFFFFFF ")]
    [InlineData("-9223372036854775808 HEX .", "-8000000000000000 ")]
    [InlineData("8 OCTAL .", "10 ")]
    [InlineData("-8 OCTAL .", "-10 ")]
    [InlineData("-1 OCTAL U.", "1777777777777777777777 ")]
    [InlineData("HEX DECIMAL 255 .", "255 ")]
    [InlineData("5 2 BASE ! .", "101 ")]
    [InlineData("-1 2 BASE ! U.", "1111111111111111111111111111111111111111111111111111111111111111 ")]
    [InlineData("35 36 BASE ! .", "Z ")]
    [InlineData("36 36 BASE ! .", "10 ")]
    public void PrintsNumbersInBaseWithATrailingSpace(string source, string expected) => AssertOutput(expected, source);

    [Theory]
    [InlineData("BASE @", "10")]
    [InlineData("HEX BASE @ DECIMAL", "16")]
    [InlineData("OCTAL BASE @ DECIMAL", "8")]
    [InlineData("HEX DECIMAL BASE @", "10")]
    [InlineData("BASE", "16")]
    public void BaseIsAVariable(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("HEX FF DECIMAL", "255")]
    [InlineData("HEX ff DECIMAL", "255")]
    [InlineData("HEX 10 DECIMAL 10", "16 10")]
    [InlineData("OCTAL 17 DECIMAL", "15")]
    [InlineData("HEX #10 DECIMAL", "10")]
    [InlineData("$FF %101 #99 'A'", "255 5 99 65")]
    [InlineData("-42", "-42")]
    [InlineData("18446744073709551615", "-1")]
    public void BaseGovernsNumberInput(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void HexPersistsAcrossLinesUntilDecimal()
    {
        Assert.Equal("FF ", Forth.Output("HEX", "FF ."));
        Assert.Equal("16 ", Forth.Output("10", "DECIMAL ."));
    }

    [Theory]
    [InlineData("5 1 BASE ! .")]
    [InlineData("5 37 BASE ! .")]
    [InlineData("5 0 BASE ! U.")]
    public void PrintingInAnImpossibleBaseIsMinus24(string source)
    {
        AssertThrows(ThrowCode.InvalidNumericArgument, source);
        Forth.Stack("DECIMAL");
        AssertOutput("5 ", "5 .");
    }

    [Theory]
    [InlineData(".", "")]
    [InlineData("U.", "")]
    public void UnderflowLeavesTheStackUnchanged(string word, string preload) =>
        AssertUnderflowLeavesStackUnchanged(word, preload);
}
