using Xunit;

namespace StarForth.Words.Tests;

public sealed class ToolsWordsTests : ForthTest
{
    [Theory]
    [InlineData(": T 1 AHEAD 2 THEN 3 ; T", "1 3")]
    [InlineData(": T 1 AHEAD BEGIN 2 [ 1 CS-ROLL ] THEN 3 DUP UNTIL ; T", "1 3")]
    public void AheadBranchesForward(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void AheadIsCompileOnlyAndNeedsThen()
    {
        AssertThrows(ThrowCode.CompileOnly, "AHEAD");
        AssertThrows(ThrowCode.ControlStructureMismatch, ": T AHEAD ;");
    }

    [Theory]
    [InlineData(": Y BEGIN DUP 0> IF [ 1 CS-ROLL ] 1- AGAIN THEN ; 3 Y", "0")]
    [InlineData(": ?REPEAT 0 CS-PICK POSTPONE UNTIL ; IMMEDIATE : T 0 BEGIN 1+ DUP 3 < 0= ?REPEAT 10 + DUP 30 > UNTIL ; T", "35")]
    public void CsPickAndCsRollRearrangeTheControlFlowStack(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData(": T [ 0 CS-PICK ] ;")]
    [InlineData(": T BEGIN [ 1 CS-PICK ] ;")]
    [InlineData(": T BEGIN [ -1 CS-ROLL ] ;")]
    [InlineData("1 2 0 CS-ROLL")]
    public void CsPickAndCsRollNeedAnEntry(string source) => AssertThrows(ThrowCode.ControlStructureMismatch, source);

    [Theory]
    [InlineData(": T N>R NR> ; 1 2 3 3 T", "1 2 3 3")]
    [InlineData(": T N>R 9 NR> ; 7 0 T", "7 9 0")]
    [InlineData(": T N>R R@ NR> ; 5 6 2 T", "2 5 6 2")]
    public void NToRAndNRFromKeepTheOrder(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("1 N>R", ThrowCode.StackUnderflow)]
    [InlineData("N>R", ThrowCode.StackUnderflow)]
    [InlineData("-1 N>R", ThrowCode.InvalidNumericArgument)]
    [InlineData("NR>", ThrowCode.ReturnStackUnderflow)]
    public void NToRAndNRFromErrors(string source, long code) => AssertThrows(code, source);
}
