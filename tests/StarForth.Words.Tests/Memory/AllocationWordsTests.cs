using Xunit;

namespace StarForth.Words.Tests;

public sealed class AllocationWordsTests : ForthTest
{
    private long HeapStart => ArenaLayout.HeapStart(Machine.Arena.Size);

    private long HeapEnd => ArenaLayout.HeapEnd(Machine.Arena.Size);

    /// <summary>What one free block over the whole heap can hand out: the region less its header cell.</summary>
    private long WholeHeap => HeapEnd - HeapStart - ArenaLayout.CellSize;

    [Fact]
    public void AllocateGivesTheFirstBlockAfterItsHeaderAndIorZero() =>
        AssertStack($"{HeapStart + 8} 0", "100 ALLOCATE");

    [Fact]
    public void AllocatedSpaceIsWritableAndCellAligned() =>
        AssertStack("1234 0", "3 ALLOCATE DROP DUP 1234 SWAP ! DUP @ SWAP 8 MOD");

    [Theory]
    [InlineData("10 ALLOCATE DROP 10 ALLOCATE DROP SWAP -", "24")]
    [InlineData("0 ALLOCATE NIP 0 ALLOCATE NIP", "0 0")]
    [InlineData("0 ALLOCATE DROP 0 ALLOCATE DROP SWAP -", "16")]
    [InlineData("17 ALLOCATE DROP 1 ALLOCATE DROP SWAP -", "32")]
    public void BlocksAreLaidOutOneAfterAnother(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void AllocatingTooMuchGivesMinus59AndChangesNothing()
    {
        long free = Forth.Stack("HEAP-UNUSED")[0];
        AssertStack($"0 -59 {free}", "DROP HEAP-UNUSED 1+ ALLOCATE HEAP-UNUSED");
    }

    [Theory]
    [InlineData("-1 ALLOCATE")]
    [InlineData("9223372036854775807 ALLOCATE")]
    public void ImpossibleSizesGiveMinus59(string source) => AssertStack("0 -59", source);

    [Fact]
    public void TheWholeHeapCanBeAllocatedAtOnce()
    {
        AssertStack($"{WholeHeap}", "HEAP-UNUSED");
        AssertStack($"{HeapStart + 8} 0 0", $"DROP {WholeHeap} ALLOCATE HEAP-UNUSED");
    }

    [Fact]
    public void FreeGivesTheBlockBackForReuse() =>
        AssertStack("0 -1", "100 ALLOCATE DROP DUP FREE SWAP 50 ALLOCATE DROP =");

    [Fact]
    public void FreedBlockIsReusedFirstFit()
    {
        // A B C, free B: a block that fits in B's place lands there, not after C.
        AssertStack("-1 0", "VARIABLE B 64 ALLOCATE 2DROP 64 ALLOCATE DROP DUP B ! 64 ALLOCATE 2DROP FREE DROP 32 ALLOCATE SWAP B @ = SWAP");
    }

    [Theory]
    [InlineData("100 ALLOCATE DROP DUP FREE SWAP FREE", "0 -60")]
    [InlineData("HERE FREE", "-60")]
    [InlineData("0 FREE", "-60")]
    [InlineData("-8 FREE", "-60")]
    [InlineData("100 ALLOCATE DROP 8 + FREE", "-60")]
    [InlineData("100 ALLOCATE DROP 8 - FREE", "-60")]
    public void FreeingWhatIsNotAnAllocatedBlockGivesMinus60(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void AFailedFreeChangesNothing()
    {
        long[] before = Forth.Stack("100 ALLOCATE DROP HEAP-UNUSED");
        AssertStack($"{before[0]} {before[1]} -60 {before[1]} 0", "OVER 8 + FREE HEAP-UNUSED 3 PICK FREE");
    }

    [Fact]
    public void FreeingEverythingCoalescesBackToOneBlock() =>
        AssertStack($"0 0 0 {WholeHeap}",
            "VARIABLE A VARIABLE B VARIABLE C 40 ALLOCATE DROP A ! 40 ALLOCATE DROP B ! 40 ALLOCATE DROP C ! "
            + "B @ FREE A @ FREE C @ FREE HEAP-UNUSED");

    [Fact]
    public void FragmentationThenCoalescingLetsABigBlockFit()
    {
        // Fill the heap with four blocks; freeing the two middle ones leaves one hole that must merge to fit 3/8 of it.
        long quarter = (WholeHeap / 4 / 8 - 1) * 8;
        AssertStack("-59 0 0 0 -1",
            $"VARIABLE A VARIABLE B {quarter} ALLOCATE DROP DROP {quarter} ALLOCATE DROP A ! {quarter} ALLOCATE DROP B ! "
            + $"HEAP-UNUSED ALLOCATE NIP DROP "
            + $"{quarter * 3 / 2} ALLOCATE NIP "
            + "A @ FREE B @ FREE "
            + $"{quarter * 3 / 2} ALLOCATE SWAP A @ =");
    }

    [Fact]
    public void ResizeGrowingPreservesTheContents() =>
        AssertStack("0 11 22 33",
            "3 CELLS ALLOCATE DROP 11 OVER ! 22 OVER CELL+ ! 33 OVER 2 CELLS + ! 100 ALLOCATE 2DROP "
            + "1000 RESIZE SWAP DUP @ SWAP DUP CELL+ @ SWAP 2 CELLS + @");

    [Fact]
    public void ResizeGrowsInPlaceOverAFreeNeighbour() =>
        AssertStack("-1 0 7", "16 ALLOCATE DROP 7 OVER ! DUP DUP 200 RESIZE ROT ROT = SWAP ROT @");

    [Fact]
    public void ResizeThatMustMoveFreesTheOldBlock()
    {
        // A is followed by an allocated B, so growing A moves it; A's old place is free again for a small block.
        AssertStack("0 -1 -1",
            "VARIABLE A 16 ALLOCATE DROP A ! 16 ALLOCATE 2DROP A @ 500 RESIZE SWAP A @ <> 16 ALLOCATE DROP A @ =");
    }

    [Fact]
    public void ResizeShrinkingKeepsTheAddressAndGivesTheRestBack()
    {
        long[] free = Forth.Stack("HEAP-UNUSED");
        AssertStack($"-1 0 {free[0] - 24}", "DROP 1000 ALLOCATE DROP DUP 10 RESIZE ROT ROT = SWAP HEAP-UNUSED");
    }

    [Theory]
    [InlineData("HERE 10 RESIZE SWAP HERE =", "-61 -1")]
    [InlineData("100 ALLOCATE DROP DUP FREE DROP DUP 10 RESIZE ROT ROT =", "-61 -1")]
    [InlineData("100 ALLOCATE DROP DUP -1 RESIZE ROT ROT =", "-61 -1")]
    public void ResizingWhatIsNotAnAllocatedBlockGivesMinus61AndTheSameAddress(string source, string expected) =>
        AssertStack(expected, source);

    [Fact]
    public void ResizeTooBigGivesMinus61AndKeepsTheBlock() =>
        AssertStack("-1 -61 5 0", "16 ALLOCATE DROP 5 OVER ! 17 ALLOCATE 2DROP DUP DUP HEAP-UNUSED 1+ RESIZE ROT ROT = SWAP ROT DUP @ SWAP FREE");

    [Fact]
    public void AnOverwrittenHeaderIsReportedAsCorruptedNeverFollowed() =>
        AssertStack("-265 -265 -1", "100 ALLOCATE DROP DUP 8 - 3 SWAP ! 8 ALLOCATE NIP SWAP FREE HEAP-UNUSED");

    [Fact]
    public void TheDictionaryMayNotGrowIntoTheHeap()
    {
        long[] unusedAndHere = Forth.Stack("UNUSED HERE");
        Assert.Equal(HeapStart, unusedAndHere[0] + unusedAndHere[1]);
        AssertThrows(ThrowCode.DictionaryOverflow, $"2DROP {unusedAndHere[0] + 8} ALLOT");
    }

    [Fact]
    public void HeapWordsUnderflow()
    {
        AssertThrows(ThrowCode.StackUnderflow, "ALLOCATE");
        AssertThrows(ThrowCode.StackUnderflow, "FREE");
        AssertThrows(ThrowCode.StackUnderflow, "1 RESIZE");
    }
}
