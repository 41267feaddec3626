using StarForth.Testing;
using Xunit;

namespace StarForth.Vm.Tests;

/// <summary>The machine's parts, each through its own surface on a booted machine.</summary>
public class PartsTests
{
    [Theory]
    [InlineData(false, ThrowCode.StackOverflow, ThrowCode.StackUnderflow)]
    [InlineData(true, ThrowCode.ReturnStackOverflow, ThrowCode.ReturnStackUnderflow)]
    public void ACellStackRaisesItsOwnCodesAtBothEnds(bool returnStack, int overflow, int underflow)
    {
        using var runner = new ForthRunner();
        Machine m = runner.Machine;
        CellStack stack = returnStack ? m.ReturnStack : m.Stack;

        Assert.Equal(0L, stack.Pop());
        Assert.Equal(underflow, m.ThrowCode);
        m.ThrowCode = 0;
        for (int i = 0; i < stack.Capacity; i++)
        {
            stack.Push(i);
        }
        Assert.Equal(0, m.ThrowCode);
        stack.Push(-1);
        Assert.Equal(overflow, m.ThrowCode);
        Assert.Equal(stack.Capacity, stack.Depth);
        Assert.Equal(stack.Capacity - 1, stack.Peek());
    }

    [Fact]
    public void TheArenaChecksCellsAndBytesAgainstItsEnd()
    {
        using var runner = new ForthRunner();
        Arena arena = runner.Machine.Arena;
        long lastCell = arena.Size - ArenaLayout.CellSize;

        arena.StoreCell(lastCell, 42);
        Assert.Equal(42L, arena.FetchCell(lastCell));
        Assert.Equal(0, runner.Machine.ThrowCode);
        Assert.Equal(0L, arena.FetchCell(lastCell + 1));
        Assert.Equal(ThrowCode.InvalidAddress, runner.Machine.ThrowCode);
        runner.Machine.ThrowCode = 0;
        arena.StoreByte(arena.Size - 1, 7);
        Assert.Equal((byte)7, arena.FetchByte(arena.Size - 1));
        Assert.Equal(0, runner.Machine.ThrowCode);
        arena.FetchByte(arena.Size);
        Assert.Equal(ThrowCode.InvalidAddress, runner.Machine.ThrowCode);
    }

    [Fact]
    public void TheFirstThrowWins()
    {
        using var runner = new ForthRunner();
        Machine m = runner.Machine;

        m.Throw(ThrowCode.StackUnderflow);
        m.Throw(ThrowCode.InvalidAddress);
        Assert.Equal(ThrowCode.StackUnderflow, m.ThrowCode);
    }

    [Fact]
    public void DataSpaceRefusesToGrowIntoTheInputLinesAndKeepsHere()
    {
        using var runner = new ForthRunner();
        DataSpace space = runner.Machine.DataSpace;
        long here = space.Here;

        space.Allot(space.UnusedBytes + 1);
        Assert.Equal(ThrowCode.DictionaryOverflow, runner.Machine.ThrowCode);
        Assert.Equal(here, space.Here);
        runner.Machine.ThrowCode = 0;
        space.Allot(-ArenaLayout.CellSize);
        Assert.Equal(ThrowCode.InvalidAddress, runner.Machine.ThrowCode);
        Assert.Equal(here, space.Here);
    }

    [Fact]
    public void BothLookupStrategiesFindTheNewestDefinition()
    {
        using var runner = new ForthRunner();
        Assert.Equal(0, runner.Run(": TWICE 2 * ; : TWICE 3 * ;"));
        WordLookup lookup = runner.Machine.Lookup;

        int linear = lookup.FindWith(WordLookup.Linear, "twice"u8);
        int hashed = lookup.FindWith(WordLookup.Hashed, "TWICE"u8);
        Assert.Equal(runner.Machine.WordTable.LatestWordId, linear);
        Assert.Equal(linear, hashed);
    }

    [Fact]
    public void TheInnerInterpreterRefusesAnXtThatIsNoWord()
    {
        using var runner = new ForthRunner();

        runner.Machine.InnerInterpreter.Execute(WordTable.Capacity - 1);
        Assert.Equal(ThrowCode.InvalidAddress, runner.Machine.ThrowCode);
    }
}
