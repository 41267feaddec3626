using Xunit;

namespace StarForth.Words.Tests;

public sealed class StackWordsTests : ForthTest
{
    [Theory]
    [InlineData("1 2 DROP", "1")]
    [InlineData("1 2 DUP", "1 2 2")]
    [InlineData("0 ?DUP", "0")]
    [InlineData("7 ?DUP", "7 7")]
    [InlineData("-1 ?DUP", "-1 -1")]
    [InlineData("1 2 SWAP", "2 1")]
    [InlineData("1 2 OVER", "1 2 1")]
    [InlineData("1 2 3 ROT", "2 3 1")]
    [InlineData("1 2 3 -ROT", "3 1 2")]
    [InlineData("1 2 3 ROT ROT ROT", "1 2 3")]
    [InlineData("DEPTH", "0")]
    [InlineData("5 6 7 DEPTH", "5 6 7 3")]
    [InlineData("1 2 NIP", "2")]
    [InlineData("1 2 TUCK", "2 1 2")]
    [InlineData("1 2 3 2DROP", "1")]
    [InlineData("1 2 2DUP", "1 2 1 2")]
    [InlineData("1 2 3 4 2SWAP", "3 4 1 2")]
    [InlineData("1 2 3 4 2OVER", "1 2 3 4 1 2")]
    [InlineData("1 dup Swap", "1 1")]
    public void ManipulatesTheStack(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("10 20 30 0 PICK", "10 20 30 30")]
    [InlineData("10 20 30 1 PICK", "10 20 30 20")]
    [InlineData("10 20 30 2 PICK", "10 20 30 10")]
    [InlineData("10 20 30 0 ROLL", "10 20 30")]
    [InlineData("10 20 30 1 ROLL", "10 30 20")]
    [InlineData("10 20 30 2 ROLL", "20 30 10")]
    public void AnsPickAndRollCountFromZero(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("10 20 30 1 8 EXECUTE", "10 20 30 30")]
    [InlineData("10 20 30 3 8 EXECUTE", "10 20 30 10")]
    [InlineData("10 20 30 2 9 EXECUTE", "10 30 20")]
    [InlineData("10 20 30 3 9 EXECUTE", "20 30 10")]
    public void LockedCStarForthPickAndRollCountFromOne(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void PickAndRollNameTheAnsWords()
    {
        Assert.Equal(320, WordId("PICK"));
        Assert.Equal(321, WordId("ROLL"));
    }

    [Theory]
    [InlineData("1 2 3 3 PICK")]
    [InlineData("1 -1 PICK")]
    [InlineData("0 PICK")]
    [InlineData("1 2 3 3 ROLL")]
    [InlineData("1 -1 ROLL")]
    [InlineData("1 2 0 8 EXECUTE")]
    [InlineData("1 2 3 9 EXECUTE")]
    public void PickAndRollOutsideTheStackUnderflow(string source) => AssertThrows(ThrowCode.StackUnderflow, source);

    [Theory]
    [InlineData("DROP", "")]
    [InlineData("DUP", "")]
    [InlineData("SWAP", "1")]
    [InlineData("OVER", "1")]
    [InlineData("ROT", "1 2")]
    [InlineData("-ROT", "1 2")]
    [InlineData("NIP", "1")]
    [InlineData("TUCK", "1")]
    [InlineData("2DROP", "1")]
    [InlineData("2DUP", "1")]
    [InlineData("2SWAP", "1 2 3")]
    [InlineData("2OVER", "1 2 3")]
    [InlineData("?DUP", "")]
    public void UnderflowLeavesTheStackUnchanged(string word, string preload) =>
        AssertUnderflowLeavesStackUnchanged(word, preload);

    [Fact]
    public void UnderflowInALineIsReportedAsMinus4AndTheStackIsCleared()
    {
        AssertThrows(ThrowCode.StackUnderflow, "1 2 ROT");
        AssertStack("1 2 3", "1 2 3");
    }

    [Fact]
    public void UnderflowInsideCatchKeepsTheCellsBelow()
    {
        AssertStack("1 2 -4", "1 2 ' ROT CATCH");
    }

    [Fact]
    public void OverflowLeavesAFullStackUnchanged()
    {
        Forth.Stack(": FILLUP 0 DO I LOOP ;", "1024 FILLUP");
        Machine.InnerInterpreter.Execute((int)WordId("DUP"));
        Assert.Equal(ThrowCode.StackOverflow, Machine.ThrowCode);
        Assert.Equal(1024, Machine.Stack.Depth);
        Assert.Equal(1023, Machine.Stack.Peek());
        Machine.OuterInterpreter.ResetAfterError();
    }

    [Fact]
    public void DataStackOverflowIsMinus3()
    {
        AssertThrows(ThrowCode.StackOverflow, ": FLOOD BEGIN 1 AGAIN ;", "FLOOD");
        AssertStack("1", "1");
    }
}
