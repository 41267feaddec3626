using Xunit;

namespace StarForth.Words.Tests;

public sealed class DefiningWordsTests : ForthTest
{
    [Theory]
    [InlineData(": SQUARE DUP * ; 7 SQUARE", "49")]
    [InlineData(": NOTHING ; 1 NOTHING", "1")]
    [InlineData(": A 1 ; : B A A + ; B", "2")]
    [InlineData(": X 1 ; : X X 10 + ; X", "11")]
    [InlineData(": x 5 ; X", "5")]
    [InlineData(": DUP 99 ; 1 DUP", "1 99")]
    public void ColonDefinesWords(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void DefinitionsMaySpanLines()
    {
        AssertStack("6", ": SUM3", "+", "+ ;", "1 2 3 SUM3");
    }

    [Fact]
    public void ColonEntersAndSemicolonLeavesCompilationState()
    {
        Forth.Stack(": X");
        Assert.True(Machine.Compiler.Compiling);
        Forth.Stack(";");
        Assert.False(Machine.Compiler.Compiling);
    }

    [Fact]
    public void AWordIsHiddenUntilItsDefinitionEnds()
    {
        AssertThrows(ThrowCode.UndefinedWord, ": SELF SELF ;");
        Assert.Equal("SELF", ErrorDetail);
    }

    [Theory]
    [InlineData(":")]
    [InlineData("CREATE")]
    [InlineData("VARIABLE")]
    [InlineData("5 CONSTANT")]
    public void DefiningWithoutANameIsMinus16(string source) => AssertThrows(ThrowCode.ZeroLengthName, source);

    [Fact]
    public void NamesLongerThan31BytesAreMinus19()
    {
        AssertThrows(ThrowCode.NameTooLong, ": ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 ;");
        AssertStack("7", ": ABCDEFGHIJKLMNOPQRSTUVWXYZ01234 7 ; ABCDEFGHIJKLMNOPQRSTUVWXYZ01234");
    }

    [Theory]
    [InlineData(";")]
    [InlineData("1 2 ;")]
    public void SemicolonOutsideADefinitionIsCompileOnly(string source) => AssertThrows(ThrowCode.CompileOnly, source);

    [Fact]
    public void ColonInsideADefinitionIsCompiledAndDefinesWhenRun()
    {
        AssertStack("7", ": NOP : POSTPONE ; ;  NOP NOP1  : T NOP1 7 ; T");
        AssertStack("7 5", ": DEF2 : 5 POSTPONE LITERAL POSTPONE ; ;  DEF2 FIVE FIVE");
    }

    [Fact]
    public void ColonInsideADefinitionDoesNotParseTheNextName() =>
        AssertThrows(ThrowCode.UndefinedWord, ": OUTER : INNER ;");

    [Theory]
    [InlineData("CREATE C C HERE =", "-1")]
    [InlineData("CREATE C 7 , C @", "7")]
    [InlineData("CREATE C 7 , 8 , C CELL+ @", "8")]
    [InlineData("CREATE C C 8 MOD", "0")]
    [InlineData("1 ALLOT CREATE C C 8 MOD", "0")]
    [InlineData("CREATE C ' C EXECUTE C =", "-1")]
    public void CreateGivesADataFieldAtHere(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("VARIABLE V V @", "0")]
    [InlineData("VARIABLE V 5 V ! V @", "5")]
    [InlineData("VARIABLE V HERE V - ", "8")]
    [InlineData("VARIABLE A VARIABLE B 1 A ! 2 B ! A @ B @", "1 2")]
    [InlineData("42 CONSTANT ANSWER ANSWER", "42")]
    [InlineData("1 2 CONSTANT TWO TWO", "1 2")]
    [InlineData("9223372036854775807 CONSTANT BIG BIG", "9223372036854775807")]
    public void VariablesAndConstants(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void ConstantWithAnEmptyStackUnderflowsAndDefinesNothing()
    {
        long here = Machine.DataSpace.Here;
        AssertThrows(ThrowCode.StackUnderflow, "CONSTANT K");
        Assert.Equal(here, Machine.DataSpace.Here);
        AssertThrows(ThrowCode.UndefinedWord, "K");
    }

    [Theory]
    [InlineData(": CONST CREATE , DOES> @ ; 42 CONST X X", "42")]
    [InlineData(": CONST CREATE , DOES> @ ; 1 CONST A 2 CONST B A B A", "1 2 1")]
    [InlineData(": ARRAY CREATE CELLS ALLOT DOES> SWAP CELLS + ; 4 ARRAY T 7 2 T ! 2 T @", "7")]
    [InlineData(": ARRAY CREATE CELLS ALLOT DOES> SWAP CELLS + ; 4 ARRAY T 0 T 1 T SWAP -", "8")]
    [InlineData(": COUNTER CREATE 0 , DOES> 1 OVER +! @ ; COUNTER C C C C", "1 2 3")]
    [InlineData(": D1 CREATE DOES> DROP 5 ; D1 Y 1 Y", "1 5")]
    [InlineData(": MK CREATE , DOES> @ 2* ; 21 MK Z : USE Z 1+ ; USE", "43")]
    [InlineData(": CONST CREATE , DOES> @ ; 3 CONST K ' K EXECUTE", "3")]
    public void DoesChangesWhatTheNewestWordDoes(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void DoesStopsTheDefiningWordAtDoes()
    {
        AssertStack("1 7", ": DEF CREATE 1 DOES> DROP 7 ; DEF W W");
    }

    [Fact]
    public void DoesOnAWordThatWasNotCreatedIsMinus31() =>
        AssertThrows(ThrowCode.BodyOfNonCreatedWord, ": BAD DOES> 1 ; BAD");

    [Fact]
    public void ImmediateWordsRunWhileCompiling()
    {
        AssertOutput("compiling ", ": SAY .\" compiling \" ; IMMEDIATE", ": USER SAY ;");
        AssertOutput("", "USER");
    }

    [Fact]
    public void ImmediateMarksOnlyTheNewestWord()
    {
        AssertStack("5 6", ": FIVE 5 ; : SIX 6 ; IMMEDIATE : T FIVE SIX LITERAL ; T");
        Assert.Equal(WordFlags.Immediate, Machine.WordTable.FlagsOf((int)WordId("SIX")) & WordFlags.Immediate);
        Assert.Equal(WordFlags.None, Machine.WordTable.FlagsOf((int)WordId("FIVE")) & WordFlags.Immediate);
    }

    [Theory]
    [InlineData(": T [ 3 4 + ] LITERAL ; T", "7")]
    [InlineData(": T [ -9223372036854775808 ] LITERAL ; T", "-9223372036854775808")]
    [InlineData(": T [ 5 ] LITERAL [ 6 ] LITERAL + ; T", "11")]
    [InlineData(": T [ 5 120 EXECUTE ] ; T", "5")]
    public void LiteralCompilesTheTopOfTheStack(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void LiteralIsCompileOnly() => AssertThrows(ThrowCode.CompileOnly, "5 LITERAL");

    [Fact]
    public void LiteralWithoutAValueUnderflows() => AssertThrows(ThrowCode.StackUnderflow, ": T LITERAL ;");

    [Theory]
    [InlineData("STATE @", "0")]
    [InlineData("STATE", "8")]
    [InlineData("162 EXECUTE", "8")]
    [InlineData(": T STATE @ ; T", "0")]
    [InlineData(": COMPILING? STATE @ ; IMMEDIATE : T COMPILING? LITERAL ; T", "-1")]
    [InlineData(": T [ STATE @ ] LITERAL ; T", "0")]
    public void StateIsTrueOnlyWhileCompiling(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void BracketsSwitchStateInsideADefinition()
    {
        Forth.Stack(": T [");
        Assert.False(Machine.Compiler.Compiling);
        Forth.Stack("]");
        Assert.True(Machine.Compiler.Compiling);
        AssertStack("1", "1 ; T");
    }

    [Fact]
    public void RightBracketAtTopLevelStartsCompilingIntoData()
    {
        AssertStack("-1", "HERE ] 2 [ HERE SWAP - 16 =");
        Assert.False(Machine.Compiler.Compiling);
    }

    [Theory]
    [InlineData("' DUP", "1")]
    [InlineData("' PICK", "320")]
    [InlineData("' dup", "1")]
    [InlineData("3 ' DUP EXECUTE", "3 3")]
    [InlineData(": SQ DUP * ; 5 ' SQ EXECUTE", "25")]
    [InlineData(": T ['] DUP ; T", "1")]
    [InlineData(": SQ DUP * ; : T ['] SQ EXECUTE ; 6 T", "36")]
    [InlineData(": T ['] PICK ; T", "320")]
    [InlineData(": T ' ; T DUP", "1")]
    public void TickFindsExecutionTokens(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("' NO-SUCH-WORD")]
    [InlineData(": T ['] NO-SUCH-WORD ;")]
    public void TickOfAnUnknownNameIsMinus13WithTheName(string source)
    {
        AssertThrows(ThrowCode.UndefinedWord, source);
        Assert.Equal("NO-SUCH-WORD", ErrorDetail);
    }

    [Theory]
    [InlineData("'")]
    [InlineData(": T [']")]
    public void TickWithoutANameIsMinus16(string source) => AssertThrows(ThrowCode.ZeroLengthName, source);

    [Fact]
    public void BracketTickIsCompileOnly() => AssertThrows(ThrowCode.CompileOnly, "['] DUP");

    [Fact]
    public void LitPushesTheCellAfterIt()
    {
        long lit = WordId("LIT");
        AssertStack("77", $": T [ {lit} , 77 , ] ; T");
    }

    [Fact]
    public void FailedDefinitionIsDiscardedAndHereRestored()
    {
        long here = Machine.DataSpace.Here;
        int words = Machine.WordTable.WordCount;
        AssertThrows(ThrowCode.UndefinedWord, ": BROKEN 1 2 NO-SUCH-WORD 3 ;");
        Assert.Equal(here, Machine.DataSpace.Here);
        Assert.Equal(words, Machine.WordTable.WordCount);
        AssertThrows(ThrowCode.UndefinedWord, "BROKEN");
        AssertStack("3", "1 2 +");
    }

    [Fact]
    public void FailedDefinitionOnALaterLineIsDiscarded()
    {
        long here = Machine.DataSpace.Here;
        Forth.Stack(": BROKEN 1 2 +");
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("NO-SUCH-WORD ;"));
        Assert.Equal(here, Machine.DataSpace.Here);
        AssertThrows(ThrowCode.UndefinedWord, "BROKEN");
    }

    [Fact]
    public void FailedRedefinitionLeavesTheOldWordVisible()
    {
        Forth.Stack(": W 1 ;");
        AssertThrows(ThrowCode.ControlStructureMismatch, ": W 2 IF ;");
        AssertStack("1", "W");
    }

    [Fact]
    public void TheNextWordAfterADiscardedOneGetsItsIdBack()
    {
        int next = Machine.WordTable.LatestWordId + 1;
        AssertThrows(ThrowCode.UndefinedWord, ": BROKEN NO-SUCH-WORD ;");
        Forth.Stack(": GOOD 1 ;");
        Assert.Equal(next, WordId("GOOD"));
    }

    [Theory]
    [InlineData("LITERAL", "")]
    [InlineData("CONSTANT", "")]
    public void UnderflowLeavesTheStackUnchanged(string word, string preload) =>
        AssertUnderflowLeavesStackUnchanged(word, preload);
}
