using StarForth.Testing;
using Xunit;

namespace StarForth.Vm.Tests;

/// <summary>
/// The generated inner loop's fast paths (inline primitives, fused pairs, colon entry without a call) against what
/// the slow paths they stand in for do.
/// </summary>
public class InnerInterpreterTests
{
    [Fact]
    public void ColonEntriesRecordTheSameOnTheFastAndTheSlowPath()
    {
        using var runner = new ForthRunner();
        runner.Stack(": INNER ;", ": OUTER 5 0 DO INNER LOOP ;");
        int inner = (int)runner.Stack("' INNER")[0];
        int outer = (int)runner.Stack("' OUTER DROP ' OUTER")[1];
        runner.Stack("DROP DROP");
        long executedBefore = runner.Machine.Profile.WordsExecuted;
        long heatBefore = runner.Machine.Profile.HeatOf(inner);

        // The first INNER -> INNER transition is new (slow path); the next three find their slot (fast path).
        runner.Run("OUTER");

        Assert.Equal(heatBefore + 5, runner.Machine.Profile.HeatOf(inner));
        Assert.Equal(1, runner.Machine.Profile.TransitionCount(outer, inner));
        Assert.Equal(4, runner.Machine.Profile.TransitionCount(inner, inner));
        Assert.Equal(executedBefore + 6, runner.Machine.Profile.WordsExecuted);
    }

    [Fact]
    public void AFusedPairFailsLikeTheTwoWordsApart()
    {
        using var runner = new ForthRunner();
        runner.Stack(": SUM 0 5 0 DO I + LOOP ;", ": BROKEN 1 0 DO I + LOOP ;");

        Assert.Equal(new long[] { 10 }, runner.Stack("SUM"));
        runner.Stack("DROP");
        Assert.Equal(ThrowCode.StackUnderflow, runner.Run("BROKEN"));
        Assert.Equal(new long[] { 3 }, runner.Stack("1 2 +"));
    }

    [Fact]
    public void AFlagIsLeftWhenNoBranchFollowsIt()
    {
        using var runner = new ForthRunner();
        runner.Stack(": LESS? < ;", ": PICK-ONE < IF 1 ELSE 2 THEN ;");

        Assert.Equal(new long[] { -1, 0 }, runner.Stack("1 2 LESS?", "2 1 LESS?"));
        runner.Stack("DROP DROP");
        Assert.Equal(new long[] { 1, 2 }, runner.Stack("1 2 PICK-ONE 2 1 PICK-ONE"));
    }

    [Fact]
    public void AnInlineWordOnAFullStackThrowsMinus3AndTheNextLineWorks()
    {
        using var runner = new ForthRunner();

        Assert.Equal(ThrowCode.StackOverflow, runner.Run(": FLOOD BEGIN 1 AGAIN ; FLOOD"));
        Assert.Equal(new long[] { 7 }, runner.Stack("7"));
        runner.Stack("DROP");
        Assert.Equal(ThrowCode.StackOverflow, runner.Run(": DOUBLE-UP 1 BEGIN DUP AGAIN ; DOUBLE-UP"));
        Assert.Equal(new long[] { 3 }, runner.Stack("1 2 +"));
    }

    [Fact]
    public void AFaultInAnInlineWordIsCaught()
    {
        using var runner = new ForthRunner();
        runner.Stack(": EMPTY-LOOP 2 0 DO DROP LOOP ;");

        Assert.Equal(new long[] { 9, ThrowCode.StackUnderflow }, runner.Stack("9 ' EMPTY-LOOP CATCH"));
    }

    [Fact]
    public void AMemoryWordThatThrowsLeavesItsArgumentsInPlace()
    {
        using var runner = new ForthRunner();

        Assert.Equal(new long[] { 5, -1, ThrowCode.InvalidAddress }, runner.Stack(": STORE ! ; 5 -1 ' STORE CATCH"));
    }

    [Fact]
    public void DefinitionsOfEveryKindRunFromInsideAColonWord()
    {
        using var runner = new ForthRunner();
        runner.Stack(
            "CREATE SPOT  42 CONSTANT ANSWER  7 VALUE SEVEN  VARIABLE V  3 V !",
            ": MAKER CREATE , DOES> @ 1+ ;  10 MAKER ELEVEN",
            ": ALL SPOT SPOT - ANSWER SEVEN V @ ELEVEN ;");

        Assert.Equal(new long[] { 0, 42, 7, 3, 11 }, runner.Stack("ALL"));
    }
}
