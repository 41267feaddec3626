using Xunit;

namespace StarForth.Words.Tests;

public sealed class DictionaryWordsTests : ForthTest
{
    [Fact]
    public void HereIsTheMachinesDataSpacePointer()
    {
        AssertStack(Machine.DataSpace.Here.ToString(), "HERE");
    }

    [Theory]
    [InlineData("HERE 10 ALLOT HERE SWAP -", "10")]
    [InlineData("HERE 0 ALLOT HERE SWAP -", "0")]
    [InlineData("HERE 16 ALLOT -16 ALLOT HERE SWAP -", "0")]
    [InlineData("HERE 5 , HERE SWAP -", "8")]
    [InlineData("HERE 5 , @", "5")]
    [InlineData("HERE -7 , 9 , CELL+ @", "9")]
    [InlineData("HERE 65 C, HERE SWAP -", "1")]
    [InlineData("HERE 65 C, 66 C, DUP C@ SWAP 1+ C@", "65 66")]
    [InlineData("HERE 321 C, C@", "65")]
    [InlineData("1 ALLOT ALIGN HERE 8 MOD", "0")]
    [InlineData("ALIGN HERE ALIGN HERE SWAP -", "0")]
    [InlineData("ALIGN HERE 1 C, ALIGN HERE SWAP -", "8")]
    [InlineData("ALIGN HERE 7 ALLOT ALIGN HERE SWAP -", "8")]
    [InlineData("HERE 8 MOD", "0")]
    public void DataSpaceGrowsFromHere(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void PadIsAFixedBufferAtTheTopOfTheArena()
    {
        AssertStack("1048064 1048064", "PAD PAD");
        AssertStack("1048064 1048064 7", "7 PAD ! PAD @");
    }

    [Fact]
    public void PadDoesNotMoveWhenTheDictionaryGrows()
    {
        AssertStack("0", "PAD 100 ALLOT PAD SWAP -");
    }

    [Fact]
    public void AllotBeyondFreeMemoryIsMinus8AndKeepsHere()
    {
        long here = Machine.DataSpace.Here;
        AssertThrows(ThrowCode.DictionaryOverflow, "2000000 ALLOT");
        Assert.Equal(here, Machine.DataSpace.Here);
        AssertThrows(ThrowCode.DictionaryOverflow, "9223372036854775807 ALLOT");
        Assert.Equal(here, Machine.DataSpace.Here);
    }

    [Fact]
    public void AllotCannotGiveBackTheBootstrapDictionary()
    {
        long here = Machine.DataSpace.Here;
        AssertThrows(ThrowCode.InvalidAddress, "-100000 ALLOT");
        AssertThrows(ThrowCode.InvalidAddress, "-9223372036854775808 ALLOT");
        Assert.Equal(here, Machine.DataSpace.Here);
    }

    [Fact]
    public void FillingTheDictionaryEndsInMinus8AndEachFailedCommaKeepsHere()
    {
        // Both words exist before the dictionary fills: defining FILL-CELLS in what FILL-UP left could itself overflow.
        AssertStack("", ": FILL-UP BEGIN 1024 ALLOT AGAIN ;", ": FILL-CELLS BEGIN 0 , AGAIN ;");
        AssertThrows(ThrowCode.DictionaryOverflow, "FILL-UP");
        AssertThrows(ThrowCode.DictionaryOverflow, "FILL-CELLS");
        long here = Machine.DataSpace.Here;
        Assert.True(here < Machine.Arena.PadAddress);
        AssertThrows(ThrowCode.DictionaryOverflow, "0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 , 0 ,");
        Assert.Equal(here, Machine.DataSpace.Here);
        AssertStack("3", "1 2 +");
    }

    [Theory]
    [InlineData("ALLOT", "")]
    [InlineData(",", "")]
    [InlineData("C,", "")]
    public void UnderflowLeavesTheStackUnchanged(string word, string preload) =>
        AssertUnderflowLeavesStackUnchanged(word, preload);
}
