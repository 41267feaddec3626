using System.Text;
using StarForth.Testing;
using Xunit;

namespace StarForth.Vm.Tests;

public class InterpreterTests
{
    [Fact]
    public void UndefinedWordThrowsMinus13AndNamesTheWord()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.UndefinedWord, runner.Run("1 2 FOO 3"));
        Assert.Equal("FOO", Encoding.UTF8.GetString(runner.Machine.ErrorDetail));
        Assert.Equal(4, runner.Machine.OuterInterpreter.TokenStart);
    }

    [Fact]
    public void AnErrorResetsTheStacksAndTheNextLineWorks()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.StackUnderflow, runner.Run("1 2 DROP DROP DROP"));
        Assert.Empty(runner.DataStack());
        Assert.Equal(new long[] { 3 }, runner.Stack("1 2 +"));
    }

    [Fact]
    public void LookupIgnoresCase()
    {
        using var runner = new ForthRunner();

        Assert.Equal(new long[] { 2, 2 }, runner.Stack("2 dup"));
    }

    [Fact]
    public void DeepRecursionEndsInReturnStackOverflowNotACrash()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.ReturnStackOverflow, runner.Run(": DEEP RECURSE ; DEEP"));
        Assert.Equal(new long[] { 7 }, runner.Stack("7"));
    }

    [Fact]
    public void AFailedDefinitionIsDiscarded()
    {
        using var runner = new ForthRunner();
        long here = runner.Machine.DataSpace.Here;
        int latest = runner.Machine.WordTable.LatestWordId;

        Assert.Equal(ThrowCode.UndefinedWord, runner.Run(": BROKEN 1 NOSUCHWORD ;"));

        Assert.False(runner.Machine.Compiler.Compiling);
        Assert.Equal(here, runner.Machine.DataSpace.Here);
        Assert.Equal(latest, runner.Machine.WordTable.LatestWordId);
        Assert.Equal(ThrowCode.UndefinedWord, runner.Run("BROKEN"));
    }

    [Fact]
    public void DefinitionsSpanLines()
    {
        using var runner = new ForthRunner();

        Assert.Equal(new long[] { 10 }, runner.Stack(": TEN", "  5 5 +", ";", "TEN"));
    }

    [Fact]
    public void UserWordsGetTheNextWordIds()
    {
        using var runner = new ForthRunner();
        int latest = runner.Machine.WordTable.LatestWordId;

        runner.Stack(": A ;", "VARIABLE B", "3 CONSTANT C");

        Assert.Equal(latest + 3, runner.Machine.WordTable.LatestWordId);
        Assert.Equal(new long[] { latest + 1 }, runner.Stack("' A"));
    }

    [Fact]
    public void LinesUpToTheInputRegionAreInterpreted()
    {
        // 28 KB: the input region (ArenaLayout.InputRegionSize, 32 KiB) holds it; a longer line is -8.
        using var runner = new ForthRunner();
        var line = new StringBuilder();
        for (int i = 0; i < 7000; i++)
        {
            line.Append("1 + ");
        }

        Assert.Equal(new long[] { 7000 }, runner.Stack("0 " + line));
        Assert.Equal(ThrowCode.DictionaryOverflow, runner.Run("0 " + line + line));
    }

    [Fact]
    public void NamesLongerThan31BytesAreRefused()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.NameTooLong, runner.Run(": " + new string('X', 32) + " ;"));
        Assert.Equal(0, runner.Run(": " + new string('X', 31) + " 1 ;"));
    }

    [Fact]
    public void CompileOnlyWordsCannotBeInterpreted()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.CompileOnly, runner.Run("1 IF"));
        Assert.Equal("IF", Encoding.UTF8.GetString(runner.Machine.ErrorDetail));
    }

    [Fact]
    public void AddressesOutsideTheArenaThrowMinus9()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.InvalidAddress, runner.Run("-8 @"));
        Assert.Equal(ThrowCode.InvalidAddress, runner.Run($"{runner.Machine.Arena.Size - 7} @"));
        Assert.Equal(ThrowCode.InvalidAddress, runner.Run("1 -1 !"));
    }

    [Fact]
    public void UncaughtThrowWithAUserCodeIsReported()
    {
        using var runner = new ForthRunner();

        Assert.Equal(42, runner.Run("1 2 42 THROW"));
        Assert.Empty(runner.DataStack());
    }

    [Fact]
    public void CatchAtTheTopLevelRestoresTheStack()
    {
        using var runner = new ForthRunner();

        Assert.Equal(new long[] { 1, 2, 7 }, runner.Stack(": T7 9 9 7 THROW ;", "1 2 ' T7 CATCH"));
    }

    [Fact]
    public void ARunTimeWordExecutedFromTheHostHasNoOperandToRead()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.CompileOnly, runner.Run("' LIT EXECUTE"));
        Assert.Equal(new long[] { 5 }, runner.Stack("5"));
    }

    [Fact]
    public void AnInterruptRequestStopsARunningLoopWithMinus28()
    {
        using var runner = new ForthRunner();
        runner.Stack(": SPIN 1000000000 0 DO LOOP ;");
        using var timer = new System.Threading.Timer(_ => runner.Machine.InnerInterpreter.InterruptRequested = true, null, 50, System.Threading.Timeout.Infinite);

        // Without the check the loop would simply finish (and THROW nothing) after a few seconds.
        Assert.Equal(ThrowCode.UserInterrupt, runner.Run("1 2 SPIN"));
        Assert.False(runner.Machine.InnerInterpreter.InterruptRequested);
        Assert.Equal(new long[] { 3 }, runner.Stack("1 2 +"));
    }

    [Fact]
    public void AnInterruptRequestStopsTheNextColonCall()
    {
        using var runner = new ForthRunner();
        runner.Stack(": NOTHING ;");

        runner.Machine.InnerInterpreter.InterruptRequested = true;

        Assert.Equal(ThrowCode.UserInterrupt, runner.Run("NOTHING"));
        Assert.Equal(0, runner.Run("NOTHING"));
    }

    [Fact]
    public void ByeCannotBeCaught()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.Bye, runner.Run("' BYE CATCH"));
    }

    [Fact]
    public void UnimplementedLockedWordsThrowMinus21()
    {
        // Every locked word has a primitive now, so a user word stands in for one whose primitive is missing.
        using var runner = new ForthRunner();
        runner.Run(": NOT-BUILT ;");
        runner.Machine.WordTable.SetKind(runner.Machine.WordTable.LatestWordId, WordKind.Unimplemented);

        Assert.Equal(ThrowCode.UnsupportedOperation, runner.Run("NOT-BUILT"));
        Assert.Equal("NOT-BUILT", Encoding.UTF8.GetString(runner.Machine.ErrorDetail));
    }

    [Fact]
    public void StarForthVocabularyWordsAreNotInTheDefaultSearchOrder()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.UndefinedWord, runner.Run("ENTROPY@"));
    }

    [Theory]
    [InlineData("123", 10, 123)]
    [InlineData("-123", 10, -123)]
    [InlineData("FF", 16, 255)]
    [InlineData("-ff", 16, -255)]
    [InlineData("-101", 2, -5)]
    [InlineData("$10", 10, 16)]
    [InlineData("#10", 16, 10)]
    [InlineData("%101", 10, 5)]
    [InlineData("'A'", 10, 65)]
    [InlineData("z", 36, 35)]
    [InlineData("18446744073709551615", 10, -1)]
    public void NumbersFollowBase(string text, long numberBase, long expected)
    {
        Assert.True(NumberParser.TryParse(Encoding.ASCII.GetBytes(text), numberBase, out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12A", 10)]
    [InlineData("-", 10)]
    [InlineData("$", 10)]
    [InlineData("2", 2)]
    [InlineData("1-2", 10)]
    public void NonNumbersAreRejected(string text, long numberBase)
    {
        Assert.False(NumberParser.TryParse(Encoding.ASCII.GetBytes(text), numberBase, out _));
    }
}
