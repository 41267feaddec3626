using Xunit;

namespace StarForth.Words.Tests;

public sealed class SystemWordsTests : ForthTest
{
    [Theory]
    [InlineData("BYE")]
    [InlineData("1 2 BYE 3")]
    [InlineData(": QUIT-NOW BYE ; QUIT-NOW")]
    [InlineData("' BYE CATCH")]
    [InlineData(": T ['] BYE CATCH ; T")]
    public void ByeEndsTheProgramAndNoCatchKeepsItAlive(string source) => AssertThrows(ThrowCode.Bye, source);

    [Fact]
    public void ByeIsMinus257()
    {
        Assert.Equal(-257, Forth.Run("BYE"));
    }

    [Fact]
    public void NothingAfterByeRuns()
    {
        Forth.TakeOutput();
        Assert.Equal(ThrowCode.Bye, Forth.Run("65 EMIT BYE 66 EMIT", "67 EMIT"));
        Assert.Equal("A", Forth.TakeOutput());
    }
}
