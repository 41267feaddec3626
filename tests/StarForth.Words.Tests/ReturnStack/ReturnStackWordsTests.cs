using Xunit;

namespace StarForth.Words.Tests;

public sealed class ReturnStackWordsTests : ForthTest
{
    [Theory]
    [InlineData(": T 5 >R R> ; T", "5")]
    [InlineData(": T 5 >R R@ R> ; T", "5 5")]
    [InlineData(": T 1 2 >R >R R> R> ; T", "1 2")]
    [InlineData(": T 9 >R 1 2 + R> ; T", "3 9")]
    [InlineData(": T 1 2 3 >R SWAP R> ; T", "2 1 3")]
    public void MovesCellsBetweenTheStacks(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void ReturnStackIsBalancedAfterAWordThatUsesIt()
    {
        Forth.Stack(": T 5 >R R> DROP ;", "T");
        Assert.Equal(0, Machine.ReturnStack.Depth);
    }

    [Theory]
    [InlineData("R>")]
    [InlineData("R@")]
    public void EmptyReturnStackUnderflowsWithMinus6(string source) =>
        AssertThrows(ThrowCode.ReturnStackUnderflow, source);

    [Fact]
    public void ToRWithAnEmptyDataStackUnderflows() => AssertUnderflowLeavesStackUnchanged(">R", "");

    [Fact]
    public void RFromUnderflowLeavesTheDataStackUnchanged()
    {
        long[] before = Forth.Stack("1 2");
        Machine.InnerInterpreter.Execute((int)WordId("R>"));
        Assert.Equal(ThrowCode.ReturnStackUnderflow, Machine.ThrowCode);
        Assert.Equal(before, Forth.DataStack());
        Machine.OuterInterpreter.ResetAfterError();
    }
}
