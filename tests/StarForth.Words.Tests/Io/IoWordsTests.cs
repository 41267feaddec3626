using Xunit;

namespace StarForth.Words.Tests;

public sealed class IoWordsTests : ForthTest
{
    [Theory]
    [InlineData("65 EMIT", "A")]
    [InlineData("72 EMIT 105 EMIT", "Hi")]
    [InlineData("321 EMIT", "A")]
    [InlineData("CR", "\n")]
    [InlineData("65 EMIT CR 66 EMIT", "A\nB")]
    [InlineData("SPACE", " ")]
    [InlineData("3 SPACES", "   ")]
    [InlineData("0 SPACES", "")]
    [InlineData("-5 SPACES", "")]
    [InlineData("65 EMIT 2 SPACES 66 EMIT", "A  B")]
    [InlineData("S\" hello\" TYPE", "hello")]
    [InlineData("S\" hello\" DROP 3 TYPE", "hel")]
    [InlineData("S\" hello\" DROP 0 TYPE", "")]
    [InlineData("CREATE B 104 C, 105 C, B 2 TYPE", "hi")]
    public void PrintsExactly(string source, string expected) => AssertOutput(expected, source);

    [Fact]
    public void OutputLeavesTheStackEmpty()
    {
        Forth.Output("65 EMIT SPACE 2 SPACES CR S\" x\" TYPE");
        Assert.Empty(Forth.DataStack());
    }

    [Fact]
    public void LongOutputArrivesWhole()
    {
        Assert.Equal(new string(' ', 10000), Forth.Output("10000 SPACES"));
    }

    [Theory]
    [InlineData("-1 5 TYPE")]
    [InlineData("1048570 10 TYPE")]
    [InlineData("S\" hello\" DROP -1 TYPE")]
    public void TypeOutsideTheArenaIsMinus9(string source) => AssertThrows(ThrowCode.InvalidAddress, source);

    [Theory]
    [InlineData("EMIT", "")]
    [InlineData("TYPE", "1")]
    [InlineData("SPACES", "")]
    public void UnderflowLeavesTheStackUnchanged(string word, string preload) =>
        AssertUnderflowLeavesStackUnchanged(word, preload);
}
