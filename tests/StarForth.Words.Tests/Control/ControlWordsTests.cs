using Xunit;

namespace StarForth.Words.Tests;

public sealed class ControlWordsTests : ForthTest
{
    private const string MaxInt = "9223372036854775807";
    private const string MinInt = "-9223372036854775808";
    private const string MidUint = "9223372036854775807";
    private const string MidUintPlus1 = "-9223372036854775808";

    [Theory]
    [InlineData(": T IF 1 THEN ; 0 T", "")]
    [InlineData(": T IF 1 THEN ; -1 T", "1")]
    [InlineData(": T IF 1 THEN ; 5 T", "1")]
    [InlineData(": T IF 1 ELSE 2 THEN ; 0 T", "2")]
    [InlineData(": T IF 1 ELSE 2 THEN ; 7 T", "1")]
    [InlineData(": T IF IF 1 ELSE 2 THEN ELSE 3 THEN ; 1 1 T", "1")]
    [InlineData(": T IF IF 1 ELSE 2 THEN ELSE 3 THEN ; 0 1 T", "2")]
    [InlineData(": T IF IF 1 ELSE 2 THEN ELSE 3 THEN ; 1 0 T", "1 3")]
    [InlineData(": T IF THEN 9 ; 0 T 1 T", "9 9")]
    public void IfElseThen(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData(": T 0 BEGIN 1+ DUP 5 = UNTIL ; T", "5")]
    [InlineData(": T BEGIN DUP WHILE 1- REPEAT ; 3 T", "0")]
    [InlineData(": T 0 SWAP BEGIN DUP WHILE SWAP 1+ SWAP 1- REPEAT DROP ; 4 T", "4")]
    [InlineData(": T BEGIN DUP WHILE 1- REPEAT 99 ; 0 T", "0 99")]
    [InlineData(": T 0 BEGIN 1+ DUP 3 = IF EXIT THEN AGAIN ; T", "3")]
    [InlineData(": T BEGIN DUP 0> WHILE DUP 1- REPEAT ; 3 T", "3 2 1 0")]
    [InlineData(": T 1 BEGIN DUP 100 < WHILE 2* REPEAT ; T", "128")]
    public void BeginLoops(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData(": GD1 DO I LOOP ; 4 1 GD1", "1 2 3")]
    [InlineData(": GD1 DO I LOOP ; 2 -1 GD1", "-1 0 1")]
    [InlineData(": GD1 DO I LOOP ; " + MidUintPlus1 + " " + MidUint + " GD1", MidUint)]
    [InlineData(": GD2 DO I -1 +LOOP ; 1 4 GD2", "4 3 2 1")]
    [InlineData(": GD2 DO I -1 +LOOP ; -1 2 GD2", "2 1 0 -1")]
    [InlineData(": GD2 DO I -1 +LOOP ; " + MidUint + " " + MidUintPlus1 + " GD2", MidUintPlus1 + " " + MidUint)]
    [InlineData(": T 10 0 DO I 3 +LOOP ; T", "0 3 6 9")]
    [InlineData(": T 9 0 DO I 3 +LOOP ; T", "0 3 6")]
    [InlineData(": T 0 10 DO I -3 +LOOP ; T", "10 7 4 1")]
    [InlineData(": T 0 10 DO I -5 +LOOP ; T", "10 5 0")]
    [InlineData(": T 3 0 DO 2 0 DO J I LOOP LOOP ; T", "0 0 0 1 1 0 1 1 2 0 2 1")]
    [InlineData(": T 0 5 0 DO I + LOOP ; T", "10")]
    [InlineData(": T 1 0 DO I LOOP ; T", "0")]
    public void DoLoops(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData(": QD ?DO I LOOP ; 789 789 QD", "")]
    [InlineData(": QD ?DO I LOOP ; -9876 -9876 QD", "")]
    [InlineData(": QD ?DO I LOOP ; 5 0 QD", "0 1 2 3 4")]
    [InlineData(": QD1 ?DO I 10 +LOOP ; 50 1 QD1", "1 11 21 31 41")]
    [InlineData(": QD1 ?DO I 10 +LOOP ; 50 0 QD1", "0 10 20 30 40")]
    [InlineData(": QD2 ?DO I 3 > IF LEAVE ELSE I THEN LOOP ; 5 -1 QD2", "-1 0 1 2 3")]
    [InlineData(": QD3 ?DO I 1 +LOOP ; 4 4 QD3", "")]
    [InlineData(": QD3 ?DO I 1 +LOOP ; 4 1 QD3", "1 2 3")]
    [InlineData(": QD4 ?DO I -1 +LOOP ; 4 4 QD4", "")]
    [InlineData(": QD4 ?DO I -1 +LOOP ; 1 4 QD4", "4 3 2 1")]
    public void QuestionDoSkipsAnEmptyRange(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("4 4 -1", "4 1")]
    [InlineData("1 4 -1", "4 3 2 1 4")]
    [InlineData("4 1 -1", "1 0 -1 -2 -3 -4 6")]
    [InlineData("4 1 0", "1 1 1 1 1 1 6")]
    [InlineData("0 0 0", "0 0 0 0 0 0 6")]
    [InlineData("1 4 0", "4 4 4 4 4 4 6")]
    [InlineData("1 4 1", "4 5 6 7 8 9 6")]
    [InlineData("4 1 1", "1 2 3 3")]
    [InlineData("4 4 1", "4 5 6 7 8 9 6")]
    [InlineData("2 -1 -1", "-1 -2 -3 -4 -5 -6 6")]
    [InlineData("-1 2 -1", "2 1 0 -1 4")]
    [InlineData("2 -1 0", "-1 -1 -1 -1 -1 -1 6")]
    [InlineData("-1 2 0", "2 2 2 2 2 2 6")]
    [InlineData("-1 2 1", "2 3 4 5 6 7 6")]
    [InlineData("2 -1 1", "-1 0 1 3")]
    [InlineData("-20 30 -10", "30 20 10 0 -10 -20 6")]
    [InlineData("-20 31 -10", "31 21 11 1 -9 -19 6")]
    [InlineData("-20 29 -10", "29 19 9 -1 -11 5")]
    public void PlusLoopEndsWhenTheIndexCrossesTheLimitBoundary(string limitStartIncrement, string expected)
    {
        // gd7 from the Forth-2012 test suite (core, +LOOP).
        Forth.Stack(
            "VARIABLE GDITERATIONS VARIABLE GDINCREMENT",
            ": GD7 GDINCREMENT ! 0 GDITERATIONS ! DO 1 GDITERATIONS +! I GDITERATIONS @ 6 = IF LEAVE THEN GDINCREMENT @ +LOOP GDITERATIONS @ ;");
        AssertStack(expected, limitStartIncrement + " GD7");
    }

    [Theory]
    [InlineData("0 -1 0 72057594037927936", "256")]
    [InlineData("0 0 -1 -72057594037927936", "256")]
    [InlineData("0 " + MaxInt + " " + MinInt + " 72057594037927936", "256")]
    [InlineData("0 " + MinInt + " " + MaxInt + " -72057594037927936", "256")]
    public void PlusLoopWithHugeStepsCountsAcrossTheWholeNumberCircle(string accumulatorLimitStartStep, string expected)
    {
        // gd8 from the Forth-2012 test suite: a step of 2^56 must give 256 iterations, signed or unsigned.
        Forth.Stack("VARIABLE BUMP", ": GD8 BUMP ! DO 1+ BUMP @ +LOOP ;");
        AssertStack(expected, accumulatorLimitStartStep + " GD8");
    }

    [Theory]
    [InlineData(": T 10 0 DO I DUP 3 = IF LEAVE THEN LOOP ; T", "0 1 2 3")]
    [InlineData(": T 10 0 DO I LEAVE LOOP 99 ; T", "0 99")]
    [InlineData(": T 3 0 DO 10 0 DO I 1 = IF LEAVE THEN J I LOOP LOOP ; T", "0 0 1 0 2 0")]
    [InlineData(": T 10 0 DO I 5 = IF I UNLOOP EXIT THEN LOOP 99 ; T", "5")]
    [InlineData(": T 3 0 DO 3 0 DO I J + 3 = IF I J UNLOOP UNLOOP EXIT THEN LOOP LOOP 99 ; T", "2 1")]
    [InlineData(": T 5 0 DO I 2 = IF 100 LEAVE THEN LOOP ; T", "100")]
    public void LeaveUnloopAndExitLeaveLoopsEarly(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void LoopsLeaveTheReturnStackBalanced()
    {
        Forth.Stack(": T 3 0 DO 3 0 DO I J + 4 = IF LEAVE THEN LOOP LOOP 5 5 ?DO LOOP ; T");
        Assert.Equal(0, Machine.ReturnStack.Depth);
    }

    [Theory]
    [InlineData(": T EXIT 1 ; T", "")]
    [InlineData(": T 1 EXIT 2 ; T", "1")]
    [InlineData(": T DUP IF EXIT THEN 1+ ; 0 T 5 T", "1 5")]
    public void ExitReturnsFromTheWord(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData(": FACT DUP 1 > IF DUP 1- RECURSE * THEN ; 5 FACT", "120")]
    [InlineData(": FACT DUP 1 > IF DUP 1- RECURSE * THEN ; 20 FACT", "2432902008176640000")]
    [InlineData(": FIB DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ; 15 FIB", "610")]
    [InlineData(": DOWN DUP 0> IF DUP 1- RECURSE THEN ; 3 DOWN", "3 2 1 0")]
    [InlineData(": R1 1 ; : R1 DUP 0> IF 1- RECURSE 10 + THEN ; 3 R1", "30")]
    public void RecurseCallsTheWordBeingDefined(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void RecursionTo1000LevelsStaysWithinTheReturnStack()
    {
        AssertStack("1000", ": DEPTHS DUP 1000 < IF 1+ RECURSE THEN ; 0 DEPTHS");
    }

    [Fact]
    public void EndlessRecursionIsReturnStackOverflowNotACrash()
    {
        AssertThrows(ThrowCode.ReturnStackOverflow, ": DEEP RECURSE ;", "DEEP");
        Assert.Equal(0, Machine.ReturnStack.Depth);
        AssertStack("3", "1 2 +");
    }

    [Fact]
    public void EndlessRecursionIsCatchable()
    {
        AssertStack("7 -5", ": DEEP 1 DROP RECURSE ; 7 ' DEEP CATCH");
        Assert.Equal(0, Machine.ReturnStack.Depth);
    }

    [Fact]
    public void MutualRecursionThroughExecuteOverflowsTheReturnStack()
    {
        AssertThrows(ThrowCode.ReturnStackOverflow, "VARIABLE 'B : A 'B @ EXECUTE ; : B A ; ' B 'B ! B");
    }

    [Theory]
    [InlineData("1 2 ' + EXECUTE", "3")]
    [InlineData(": SQ DUP * ; 4 ' SQ EXECUTE", "16")]
    [InlineData("VARIABLE V ' V EXECUTE V =", "-1")]
    [InlineData("5 CONSTANT K ' K EXECUTE", "5")]
    [InlineData(": T EXECUTE 1+ ; 5 ' DUP T", "5 6")]
    [InlineData("2 ' DUP ' EXECUTE EXECUTE", "2 2")]
    [InlineData(": T ['] EXECUTE EXECUTE ; 3 ' NEGATE T", "-3")]
    public void ExecuteRunsAnExecutionToken(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("-1 EXECUTE")]
    [InlineData("99999 EXECUTE")]
    [InlineData("32767 EXECUTE")]
    [InlineData("9223372036854775807 EXECUTE")]
    public void ExecuteOfANonWordIsMinus9(string source) => AssertThrows(ThrowCode.InvalidAddress, source);

    [Fact]
    public void ExecuteWithAnEmptyStackUnderflows() => AssertThrows(ThrowCode.StackUnderflow, "EXECUTE");

    [Theory]
    [InlineData("IF")]
    [InlineData("ELSE")]
    [InlineData("THEN")]
    [InlineData("BEGIN")]
    [InlineData("UNTIL")]
    [InlineData("AGAIN")]
    [InlineData("WHILE")]
    [InlineData("REPEAT")]
    [InlineData("10 0 DO")]
    [InlineData("10 0 ?DO")]
    [InlineData("LOOP")]
    [InlineData("1 +LOOP")]
    [InlineData("LEAVE")]
    [InlineData("I")]
    [InlineData("J")]
    [InlineData("UNLOOP")]
    [InlineData("EXIT")]
    [InlineData("RECURSE")]
    public void ControlWordsAreCompileOnly(string source)
    {
        AssertThrows(ThrowCode.CompileOnly, source);
        string word = source.Substring(source.LastIndexOf(' ') + 1);
        Assert.Equal(word, ErrorDetail);
    }

    [Theory]
    [InlineData(": T THEN ;")]
    [InlineData(": T ELSE ;")]
    [InlineData(": T IF ;")]
    [InlineData(": T IF ELSE ;")]
    [InlineData(": T BEGIN ;")]
    [InlineData(": T UNTIL ;")]
    [InlineData(": T AGAIN ;")]
    [InlineData(": T WHILE ;")]
    [InlineData(": T REPEAT ;")]
    [InlineData(": T BEGIN REPEAT ;")]
    [InlineData(": T BEGIN THEN ;")]
    [InlineData(": T IF UNTIL ;")]
    [InlineData(": T IF LOOP ;")]
    [InlineData(": T BEGIN LOOP ;")]
    [InlineData(": T DO ;")]
    [InlineData(": T DO UNTIL ;")]
    [InlineData(": T DO THEN ;")]
    [InlineData(": T LOOP ;")]
    [InlineData(": T +LOOP ;")]
    [InlineData(": T ?DO REPEAT ;")]
    [InlineData(": T IF BEGIN THEN UNTIL ;")]
    public void MismatchedControlStructuresAreMinus22(string source)
    {
        long here = Machine.DataSpace.Here;
        AssertThrows(ThrowCode.ControlStructureMismatch, source);
        Assert.Equal(here, Machine.DataSpace.Here);
        AssertThrows(ThrowCode.UndefinedWord, "T");
    }

    [Fact]
    public void BranchWordsFollowTheirInlineOffsets()
    {
        long branch = WordId("(BRANCH)");
        long zeroBranch = WordId("(0BRANCH)");
        // An operand of 3 cells, counted from the operand itself, skips LIT 1 and lands on LIT 2.
        AssertStack("2", $": T [ {branch} , 3 , ] 1 2 ; T");
        AssertStack("2 2", $": U [ {zeroBranch} , 3 , ] 1 2 ; 0 U");
        AssertStack("2 2 1 2", "5 U");
    }

    [Fact]
    public void DoRuntimeWordsKeepExitLimitAndIndexOnTheReturnStack()
    {
        AssertStack("4", ": T 10 4 DO I UNLOOP EXIT LOOP ; T");
        Assert.Equal(0, Machine.ReturnStack.Depth);
    }
}
