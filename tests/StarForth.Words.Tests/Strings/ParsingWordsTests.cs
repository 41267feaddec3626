using Xunit;

namespace StarForth.Words.Tests;

/// <summary>Input sources: each has its own SOURCE-ID and REFILL, and lines live in the input region, not above HERE.</summary>
public sealed class ParsingWordsTests : ForthTest
{
    [Fact]
    public void SourceIdIsZeroForHostLinesAndMinusOneInEvaluate() =>
        AssertStack("0 -1 0", "SOURCE-ID S\" SOURCE-ID\" EVALUATE SOURCE-ID");

    [Fact]
    public void RefillOfAnEvaluatedStringIsFalse() => AssertStack("0", "S\" REFILL\" EVALUATE");

    [Fact]
    public void RefillReadsTheNextHostLine()
    {
        Forth.QueueInput("40 2 +");
        AssertStack("-1 42", "REFILL");
    }

    /// <summary>Issue 16 case 6: a full dictionary no longer blocks a longer line.</summary>
    [Fact]
    public void AFullDictionaryDoesNotBlockTheNextLine()
    {
        AssertThrows(ThrowCode.DictionaryOverflow, ": F BEGIN 0 , AGAIN ; F");
        AssertStack("1 2 3 4 5 6 7 8 9 10", "1 2 3 4 5 6 7 8 9 10 \\ " + new string('x', 2000));
    }

    [Fact]
    public void TheDictionaryStopsAtTheHeapBelowTheInputRegion()
    {
        AssertThrows(ThrowCode.DictionaryOverflow, ": F BEGIN 0 , AGAIN ; F");
        long free = Forth.Stack("UNUSED")[0];
        Assert.True(free >= 0 && free < ArenaLayout.CellSize);
        Assert.Equal(ArenaLayout.HeapStart(Machine.Arena.Size), Machine.DataSpace.Here + free);
        Assert.True(ArenaLayout.HeapEnd(Machine.Arena.Size) <= ArenaLayout.InputRegionStart(Machine.Arena.Size));
    }

    [Fact]
    public void EvaluateNestingIsCapped() =>
        AssertThrows(ThrowCode.InputNestingTooDeep, ": E S\" E\" EVALUATE ; E");
}
