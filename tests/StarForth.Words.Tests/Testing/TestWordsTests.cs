using Xunit;

namespace StarForth.Words.Tests;

/// <summary>The POST's test words at the prompt: silent when a test passes, one FAIL line when it does not.</summary>
public sealed class TestWordsTests : ForthTest
{
    [Theory]
    [InlineData("T{ 1 2 + -> 3 }T")]
    [InlineData("T{ -> }T")]
    [InlineData("T{ 1 2 -> 1 2 }T")]
    [InlineData("T{ : SQ DUP * ; -> }T T{ 4 SQ -> 16 }T")]
    [InlineData("O{ 42 . }O\" 42 \"")]
    [InlineData("O{ 65 EMIT CR }O\" A\\n\"")]
    [InlineData("O{ }O\" \"")]
    [InlineData("E{ 1 0 / }E -10")]
    [InlineData("E{ NOPE }E -13")]
    [InlineData("E{ : X 1 IF ; }E -22")]
    [InlineData("E{ }E 0")]
    public void PassingTestsPrintNothingAndLeaveNothing(string source)
    {
        AssertOutput("", source);
        Assert.Empty(Forth.DataStack());
    }

    [Theory]
    [InlineData("T{ 1 2 + -> 4 }T", "FAIL expected 4, got 3\n")]
    [InlineData("T{ 1 -> }T", "FAIL expected, got 1\n")]
    [InlineData("T{ -> 1 }T", "FAIL expected 1, got\n")]
    [InlineData("T{ 1 2 }T", "FAIL }T without ->\n")]
    [InlineData("O{ 42 . }O\" 41 \"", "FAIL expected output \"41 \", got \"42 \"\n")]
    [InlineData("E{ 1 2 + }E -10", "FAIL expected THROW -10, got 0 and the machine did not recover its stack or state\n")]
    [InlineData("E{ 1 0 /", "FAIL E{ needs the form E{ code }E code\n")]
    public void FailingTestsPrintOneLine(string source, string expected)
    {
        AssertOutput(expected, source);
        Assert.Empty(Forth.DataStack());
    }

    [Fact]
    public void TestsKeepTheCellsBelowThem()
    {
        AssertStack("5", "5 T{ 1 2 -> 1 2 }T");
    }

    [Fact]
    public void AnOutputTestThatChangesTheDepthFails()
    {
        AssertOutput("FAIL expected output \"2 \", got \"2 \" and a stack depth change of 1\n", "O{ 1 2 . }O\" 2 \"");
    }

    [Fact]
    public void AnErrorTestRecoversTheMachineAndKeepsDefinitionsOutside()
    {
        AssertOutput("", ": KEEP 1 ;", "E{ : LOST NOPE ; }E -13");
        AssertStack("1", "KEEP");
        AssertThrows(ThrowCode.UndefinedWord, "LOST");
    }

    [Fact]
    public void ByeInsideAnErrorTestStillEndsTheProgram() => AssertThrows(ThrowCode.Bye, "E{ BYE }E 0");

    /// <summary>Issue 16: an error inside O{ once left the capture on, and every later line printed nothing.</summary>
    [Theory]
    [InlineData("O{ 1 0 /", ThrowCode.DivisionByZero)]
    [InlineData("O{ ABORT", ThrowCode.Abort)]
    [InlineData("O{ NOSUCH", ThrowCode.UndefinedWord)]
    public void AnUncaughtErrorEndsTheOutputCapture(string source, int code)
    {
        AssertThrows(code, source);
        AssertOutput("3 ", "1 2 + .");
    }

    [Fact]
    public void AnErrorTestInsideNoCaptureLeavesNoCapture()
    {
        AssertOutput("", "E{ O{ 1 0 / }E -10");
        AssertOutput("3 ", "1 2 + .");
    }

    [Fact]
    public void AnUncaughtErrorDropsPendingInput()
    {
        AssertThrows(ThrowCode.DivisionByZero, "INPUT\" stale\" 1 0 /");
        AssertStack("0", "PAD 80 ACCEPT");
    }
}
