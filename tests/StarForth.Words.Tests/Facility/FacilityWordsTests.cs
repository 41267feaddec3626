using Xunit;

namespace StarForth.Words.Tests;

public sealed class FacilityWordsTests : ForthTest
{
    [Theory]
    [InlineData("0 0 AT-XY", "\u001b[1;1H")]
    [InlineData("5 2 AT-XY", "\u001b[3;6H")]
    [InlineData("HEX 10 20 AT-XY DECIMAL", "\u001b[33;17H")]
    public void AtXyWritesTheAnsiCursorPositionInDecimal(string source, string expected) => AssertOutput(expected, source);

    [Theory]
    [InlineData("-1 0 AT-XY", ThrowCode.InvalidNumericArgument)]
    [InlineData("0 -1 AT-XY", ThrowCode.InvalidNumericArgument)]
    [InlineData("1 AT-XY", ThrowCode.StackUnderflow)]
    public void AtXyErrors(string source, long code) => AssertThrows(code, source);

    [Fact]
    public void KeyQuestionAndEKeyQuestionAreTrueWhileALineHasCharactersLeft()
    {
        Machine.Terminal.SetPendingInput("ab"u8);
        AssertStack("0 0 97 -1 -1", "KEY? EKEY? EKEY KEY? EKEY?");
    }

    [Fact]
    public void EKeyAtEndOfInputIsMinus39() => AssertThrows(ThrowCode.UnexpectedEndOfFile, "EKEY");

    [Theory]
    [InlineData("65 EKEY>CHAR", "65 -1")]
    [InlineData("0 EKEY>CHAR", "0 -1")]
    [InlineData("256 EKEY>CHAR", "256 0")]
    [InlineData("-1 EKEY>CHAR", "-1 0")]
    public void EKeyToCharAcceptsBytes(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void EKeyToCharUnderflows() => AssertThrows(ThrowCode.StackUnderflow, "EKEY>CHAR");

    [Fact]
    public void EmitQuestionIsAlwaysTrue() => AssertStack("-1", "EMIT?");

    [Fact]
    public void MsWaitsOnTheFakeClockInParityMode()
    {
        Machine.Clock.Deterministic = true;
        ulong before = Machine.Clock.MonotonicNanoseconds();
        AssertStack("", "3 MS");
        Assert.True(Machine.Clock.MonotonicNanoseconds() - before >= 3_000_000UL);
    }

    [Theory]
    [InlineData("-1 MS", ThrowCode.InvalidNumericArgument)]
    [InlineData("MS", ThrowCode.StackUnderflow)]
    public void MsErrors(string source, long code) => AssertThrows(code, source);

    [Fact]
    public void TimeAndDateIsTheParityDateInParityMode()
    {
        Machine.Clock.Deterministic = true;
        AssertStack("0 0 0 1 1 2000", "TIME&DATE");
    }

    [Fact]
    public void StructuresLayOutTheirFields()
    {
        Forth.Stack("BEGIN-STRUCTURE POINT FIELD: P.X FIELD: P.Y CFIELD: P.TAG 3 +FIELD P.RGB END-STRUCTURE");
        AssertStack("20", "POINT");
        AssertStack("20 1000 1008 1016 1017", "1000 P.X 1000 P.Y 1000 P.TAG 1000 P.RGB");
    }

    [Theory]
    [InlineData("0 3 +FIELD A", "3")]
    [InlineData("0 3 +FIELD A 5 +FIELD B 100 B", "8 103")]
    [InlineData("1 FIELD: A 0 A", "16 8")]
    [InlineData("8 FIELD: A 0 A", "16 8")]
    [InlineData("3 CFIELD: A 0 A", "4 3")]
    [InlineData("4 4 +FIELD A DROP : T 10 A ; T", "14")]
    public void FieldWordsAddTheirOffset(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("1 +FIELD A", ThrowCode.StackUnderflow)]
    [InlineData("0 +FIELD", ThrowCode.StackUnderflow)]
    [InlineData("0 1 +FIELD", ThrowCode.ZeroLengthName)]
    [InlineData("0 4 +FIELD A DROP A", ThrowCode.StackUnderflow)]
    [InlineData("FIELD: A", ThrowCode.StackUnderflow)]
    [InlineData("CFIELD: A", ThrowCode.StackUnderflow)]
    [InlineData("BEGIN-STRUCTURE", ThrowCode.ZeroLengthName)]
    [InlineData("1 END-STRUCTURE", ThrowCode.StackUnderflow)]
    public void StructureWordErrors(string source, long code) => AssertThrows(code, source);

    [Fact]
    public void SeeShowsAField() => AssertOutput("4 +FIELD B\n", "0 4 +FIELD A 2 +FIELD B DROP SEE B");
}
