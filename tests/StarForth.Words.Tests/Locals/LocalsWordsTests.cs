using System;
using Xunit;

namespace StarForth.Words.Tests;

public sealed class LocalsWordsTests : ForthTest
{
    [Theory]
    [InlineData(": T {: a b :} a b - ; 10 3 T", "7")]
    [InlineData(": T {: a b c :} c b a ; 1 2 3 T", "3 2 1")]
    [InlineData(": T {: a | b c :} a b c ; 5 T", "5 0 0")]
    [InlineData(": T {: a b -- sum :} a b + ; 4 5 T", "9")]
    [InlineData(": T {: | a -- x y :} 7 TO a a ; T", "7")]
    [InlineData(": T {: -- :} 1 ; T", "1")]
    [InlineData(": T {: :} 2 ; T", "2")]
    [InlineData(": T 9 {: a :} a 1+ ; T", "10")]
    [InlineData(": T {: a :} a a * ; 1 T 2 T 3 T", "1 4 9")]
    public void BraceColonTakesArgumentsFromTheStack(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData(": T LOCALS| a b | a b - ; 10 3 T", "-7")]
    [InlineData(": T LOCALS| a b c | a b c ; 1 2 3 T", "3 2 1")]
    [InlineData(": T LOCALS| a | a 2* ; 21 T", "42")]
    public void LocalsBarTakesTheTopFirst(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData(": L S\" p\" (LOCAL) S\" q\" (LOCAL) 0 0 (LOCAL) ; IMMEDIATE : T L p q ; 1 2 T", "2 1")]
    [InlineData(": L S\" p\" (LOCAL) 0 0 (LOCAL) ; IMMEDIATE : T L p 1+ ; 41 T", "42")]
    public void ParenLocalDeclaresFromAnImmediateWord(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void LocalsWorkInsideDoLoopsBesideIAndJ() =>
        AssertStack("100 101 101 102 102 103", ": T {: a :} 3 0 DO 2 0 DO a I J + + LOOP LOOP ; 100 T");

    [Fact]
    public void LocalsAndTheReturnStackDoNotMix() =>
        AssertStack("7 4", ": T {: x :} x >R 3 >R x R> R> + SWAP ; 4 T");

    [Fact]
    public void RecursionGivesEachCallItsOwnFrame()
    {
        AssertStack("3628800", ": FACT {: n :} n 1 < IF 1 EXIT THEN n 1- RECURSE n * ; 10 FACT");
        Assert.Equal(0, Machine.Locals.Depth);
    }

    [Fact]
    public void NestedCallsKeepTheCallersLocals() =>
        AssertStack("1 2 30 40 1 2", ": IN {: a b :} a b ; : OUT {: a b :} a b 30 40 IN a b ; 1 2 OUT");

    [Theory]
    [InlineData(": T {: x :} 5 TO x x ; 1 T", "5")]
    [InlineData(": T {: x :} 5 +TO x x ; 7 T", "12")]
    [InlineData(": T {: x :} -2 +TO x x ; 7 T", "5")]
    [InlineData(": T {: x :} 3 0 DO I +TO x LOOP x ; 10 T", "13")]
    public void ToAndPlusToChangeALocal(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("10 VALUE V 5 +TO V V", "15")]
    [InlineData("10 VALUE V : T 2 +TO V ; T T V", "14")]
    [InlineData("10 VALUE V : T {: V :} 1 +TO V V ; 5 T V", "6 10")]
    public void PlusToAddsToAValue(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void ExitAndSemicolonReleaseTheFrame()
    {
        AssertStack("1 2", ": T {: a b :} a 0> IF a b EXIT THEN b a ; 1 2 T");
        Assert.Equal(0, Machine.Locals.Depth);
    }

    [Fact]
    public void CatchRestoresTheLocalsStackAcrossAFrame()
    {
        AssertStack("1 9", ": INNER {: x :} x 0= IF 1 THROW THEN x ; : OUTER {: y :} ['] INNER CATCH y ; 0 9 OUTER ROT DROP");
        Assert.Equal(0, Machine.Locals.Depth);
        AssertStack("1 9 3 0 9", "3 9 OUTER");
    }

    [Fact]
    public void AnUncaughtThrowEmptiesTheLocalsStack()
    {
        Assert.Equal(1, Forth.Run(": T {: x :} 1 THROW ; 5 T"));
        Assert.Equal(0, Machine.Locals.Depth);
        AssertStack("6", ": U {: y :} y 1+ ; 5 U");
    }

    [Fact]
    public void CatchAroundEvaluateRestoresTheLocalsStack()
    {
        AssertStack("-7 1", ": T {: x :} -7 THROW ; : U {: y :} S\" 5 T\" ['] EVALUATE CATCH NIP NIP y ; 1 U");
        Assert.Equal(0, Machine.Locals.Depth);
    }

    [Fact]
    public void TheHostSideCatchRestoresTheLocalsStack()
    {
        Forth.Stack(": T {: x :} -7 THROW ;");
        Assert.Equal(ThrowCode.None, Forth.Run(": U {: y :} y ; 3 U DROP"));
        byte[] source = System.Text.Encoding.ASCII.GetBytes("5 T");
        long address = Machine.DataSpace.Here + 64;
        source.AsSpan().CopyTo(Machine.Arena.Bytes(address, source.Length));
        Assert.Equal(-7, Machine.OuterInterpreter.CatchEvaluate(address, source.Length));
        Assert.Equal(0, Machine.Locals.Depth);
    }

    [Fact]
    public void ALocalShadowsADictionaryWordInItsDefinitionOnly() =>
        AssertStack("3 3 3 4 4", ": T {: DUP :} DUP DUP DUP ; 3 T 4 DUP");

    [Fact]
    public void LocalNamesAreCaseInsensitive() =>
        AssertStack("6", ": T {: Abc :} abc ABC + ; 3 T");

    [Fact]
    public void ALocalIsNotVisibleAfterItsDefinition()
    {
        AssertStack("", ": T {: zork :} zork DROP ; 1 T");
        AssertThrows(ThrowCode.UndefinedWord, ": U zork ;");
        Assert.Equal("zork", ErrorDetail);
    }

    [Fact]
    public void ALocalInInterpretationStateIsNotFound() =>
        AssertThrows(ThrowCode.UndefinedWord, ": T {: zork :} [ zork ] ;");

    [Fact]
    public void DoesCodeMayDeclareItsOwnLocals() =>
        AssertStack("43", ": MK {: v :} CREATE v , DOES> {: addr :} addr @ 1+ ; 42 MK X X");

    [Fact]
    public void TheDefiningWordsLocalsEndAtDoes() =>
        AssertThrows(ThrowCode.UndefinedWord, ": MK {: v :} CREATE v , DOES> v ;");

    [Fact]
    public void ThirtyTwoLocalsAreAllowed() =>
        AssertStack("32 1",
            ": T {: a b c d e f g h i j k l m n o p q r s t u v w x y z a1 b1 c1 d1 e1 f1 :} f1 a ; "
            + "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 T");

    [Fact]
    public void ThirtyThreeLocalsAreTooMany()
    {
        AssertThrows(ThrowCode.InvalidLocals,
            ": T {: a b c d e f g h i j k l m n o p q r s t u v w x y z a1 b1 c1 d1 e1 f1 g1 :} ;");
        Assert.Equal("g1", ErrorDetail);
        AssertThrows(ThrowCode.UndefinedWord, "T");
    }

    [Theory]
    [InlineData("{: a :}", ThrowCode.CompileOnly)]
    [InlineData("LOCALS| a |", ThrowCode.CompileOnly)]
    [InlineData("S\" a\" (LOCAL)", ThrowCode.CompileOnly)]
    [InlineData(": T {: a :} {: b :} ;", ThrowCode.InvalidLocals)]
    [InlineData(": T {: a :} LOCALS| b | ;", ThrowCode.InvalidLocals)]
    [InlineData(": T 1 IF {: a :} THEN ;", ThrowCode.InvalidLocals)]
    [InlineData(": T BEGIN LOCALS| a | AGAIN ;", ThrowCode.InvalidLocals)]
    [InlineData(": T {: a b", ThrowCode.InvalidLocals)]
    [InlineData(": T {: a -- b", ThrowCode.InvalidLocals)]
    [InlineData(": T LOCALS| a", ThrowCode.InvalidLocals)]
    [InlineData(": T {: abcdefghijabcdefghijabcdefghijab :} ;", ThrowCode.NameTooLong)]
    [InlineData(": T {: a b :} ; 1 T", ThrowCode.StackUnderflow)]
    [InlineData(": T LOCALS| a b | ; 1 T", ThrowCode.StackUnderflow)]
    [InlineData("(LOCAL)", ThrowCode.StackUnderflow)]
    [InlineData("5 +TO", ThrowCode.ZeroLengthName)]
    [InlineData("5 +TO DUP", ThrowCode.InvalidName)]
    [InlineData("5 +TO NO-SUCH", ThrowCode.UndefinedWord)]
    public void BadDeclarationsAndUsesGiveClearErrors(string source, long code) => AssertThrows(code, source);

    [Fact]
    public void AFailedDeclarationLeavesNoDefinitionAndNoNames()
    {
        AssertThrows(ThrowCode.InvalidLocals, ": T {: a :} {: b :} ;");
        Assert.Equal(0, Machine.LocalNames.Count);
        AssertStack("5", ": U {: b :} b ; 5 U");
    }

    [Fact]
    public void DeepRecursionWithManyLocalsEndsInMinus263()
    {
        Assert.Equal(ThrowCode.LocalsStackOverflow, Forth.Run(
            ": T {: a b c d e f g h i j k l m n o p q r s t u v w x y z :} a 1- DUP 0> IF "
            + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 RECURSE THEN ; "
            + "1000 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 T"));
        Assert.Equal(0, Machine.Locals.Depth);
        AssertStack("7", ": U {: x :} x ; 7 U");
    }

    [Fact]
    public void TheRunTimeWordsAreCompileOnly()
    {
        AssertThrows(ThrowCode.CompileOnly, "(LOCALS)");
        AssertThrows(ThrowCode.CompileOnly, "(LOCAL@)");
        AssertThrows(ThrowCode.CompileOnly, "(LOCALS-END)");
    }

    [Fact]
    public void ExecutingLocalsEndWithoutAFrameIsAnImbalance() =>
        AssertThrows(ThrowCode.ReturnStackImbalance, "' (LOCALS-END) EXECUTE");

    [Fact]
    public void TheBodyIsTheDeclarationThenSlotNumbers()
    {
        Forth.Stack(": T {: a b | c :} b TO c c ;");
        long body = Machine.WordTable.BodyOf((int)WordId("T"));
        long[] cells = new long[8];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = Machine.Arena.FetchCell(body + i * 8);
        }
        Assert.Equal(
            new[] { WordId("(LOCALS)"), 3 + 2 * 256, WordId("(LOCAL@)"), 1, WordId("(LOCAL!)"), 2, WordId("(LOCAL@)"), 2 },
            cells);
    }

    [Fact]
    public void EqualDefinitionsWithLocalsHashEqualWhereverTheyLie()
    {
        Forth.Stack(": A1 {: a b :} a b + TO a a ; 100 ALLOT : A2 {: a b :} a b + TO a a ;");
        ulong first = Machine.Dictionary.ComputeBodyHash((int)WordId("A1"));
        Assert.NotEqual(0UL, first);
        Assert.Equal(first, Machine.Dictionary.ComputeBodyHash((int)WordId("A2")));
        Forth.Stack(": A3 {: a b :} b a + TO a a ;");
        Assert.NotEqual(first, Machine.Dictionary.ComputeBodyHash((int)WordId("A3")));
    }
}
