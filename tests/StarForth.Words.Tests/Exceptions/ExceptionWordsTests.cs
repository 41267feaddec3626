using Xunit;

namespace StarForth.Words.Tests;

public sealed class ExceptionWordsTests : ForthTest
{
    [Theory]
    [InlineData(": OK 1 2 ; ' OK CATCH", "1 2 0")]
    [InlineData("3 4 ' + CATCH", "7 0")]
    [InlineData(": FAIL 55 THROW ; ' FAIL CATCH", "55")]
    [InlineData(": FAIL 1 2 3 55 THROW ; 9 ' FAIL CATCH", "9 55")]
    [InlineData(": FAIL DROP DROP 55 THROW ; 1 2 3 ' FAIL CATCH NIP NIP NIP DEPTH", "55 1")]
    [InlineData(": FAIL 0 THROW 8 ; ' FAIL CATCH", "8 0")]
    [InlineData("1 0 THROW", "1")]
    [InlineData("' DROP CATCH", "-4")]
    [InlineData("1 2 ' DROP CATCH", "1 0")]
    [InlineData(": T ['] DROP CATCH ; T", "-4")]
    [InlineData("5 0 ' / CATCH NIP NIP", "-10")]
    [InlineData("-1 ' EXECUTE CATCH", "-1 -9")]
    [InlineData("' ABORT CATCH", "-1")]
    [InlineData(": T -1 THROW ; ' T CATCH", "-1")]
    [InlineData("VARIABLE V ' V CATCH SWAP V =", "0 -1")]
    [InlineData("5 CONSTANT K ' K CATCH", "5 0")]
    [InlineData("4294967296 ' THROW CATCH NIP", "4294967296")]
    [InlineData("4294967295 ' THROW CATCH NIP", "4294967295")]
    [InlineData("-9223372036854775808 ' THROW CATCH NIP", "-9223372036854775808")]
    public void CatchReturnsTheThrowCodeAndRestoresTheDepth(string source, string expected) =>
        AssertStack(expected, source);

    /// <summary>Issue 16: THROW once cut its code to 32 bits, so these did nothing or reported another code.</summary>
    [Theory]
    [InlineData(4294967296L, "4294967296 THROW")]
    [InlineData(4294967295L, "4294967295 THROW")]
    [InlineData(long.MinValue, "-9223372036854775808 THROW")]
    public void UncaughtThrowKeepsAllSixtyFourBits(long code, string source) => AssertThrows(code, source);

    [Fact]
    public void NestedCatchesTakeTheInnermostFrame()
    {
        Forth.Stack(
            ": INNER 7 THROW ;",
            ": MIDDLE ['] INNER CATCH 100 + ;",
            ": OUTER ['] MIDDLE CATCH ;");
        AssertStack("107 0", "OUTER");
    }

    [Fact]
    public void RethrowReachesTheOuterCatch()
    {
        Forth.Stack(
            ": INNER 7 THROW ;",
            ": MIDDLE ['] INNER CATCH THROW 1000 ;",
            ": OUTER ['] MIDDLE CATCH ;");
        AssertStack("7", "OUTER");
    }

    [Fact]
    public void ThrowUnwindsNestedCallsAndLoops()
    {
        Forth.Stack(
            ": LEVEL3 10 0 DO I 4 = IF 44 THROW THEN LOOP ;",
            ": LEVEL2 5 >R LEVEL3 R> DROP ;",
            ": LEVEL1 LEVEL2 ;");
        AssertStack("1 44", "1 ' LEVEL1 CATCH");
        Assert.Equal(0, Machine.ReturnStack.Depth);
    }

    [Fact]
    public void CatchInsideALoopCatchesEachTime()
    {
        Forth.Stack(": ODD? DUP 1 AND IF 3 THROW THEN ;", ": T 5 0 DO I ['] ODD? CATCH LOOP ;");
        AssertStack("0 0 1 3 2 0 3 3 4 0", "T");
        Assert.Equal(0, Machine.ReturnStack.Depth);
    }

    [Fact]
    public void AfterACatchExecutionContinuesAfterIt()
    {
        AssertOutput("-3 done ", ": T -3 THROW ; : U ['] T CATCH . .\" done \" ; U");
    }

    [Fact]
    public void UncaughtThrowReachesTheHostWithItsCode()
    {
        AssertThrows(123, ": T 123 THROW ;", "T");
        AssertThrows(-7, "-7 THROW");
        AssertStack("1", "1");
    }

    [Fact]
    public void ThrowWithAnEmptyStackUnderflows() => AssertThrows(ThrowCode.StackUnderflow, "THROW");

    [Fact]
    public void CatchWithAnEmptyStackUnderflowsUncaught() => AssertThrows(ThrowCode.StackUnderflow, "CATCH");

    [Theory]
    [InlineData("-1 CATCH", ThrowCode.InvalidAddress)]
    [InlineData("99999 CATCH", ThrowCode.InvalidAddress)]
    public void CatchNeedsAnExecutionToken(string source, int expectedCode) => AssertThrows(expectedCode, source);

    [Fact]
    public void AbortIsMinus1AndClearsTheStacks()
    {
        AssertThrows(ThrowCode.Abort, "1 2 3 ABORT");
        AssertThrows(ThrowCode.Abort, ": T 1 >R ABORT ;", "T");
        Assert.Equal(0, Machine.ReturnStack.Depth);
        AssertStack("", "");
    }

    [Fact]
    public void AbortQuoteThrowsMinus2WithItsMessageWhenTheFlagIsTrue()
    {
        Forth.Stack(": CHECK ABORT\" value too big\" 5 ;");
        AssertStack("5", "0 CHECK");
        AssertThrows(ThrowCode.AbortQuote, "1 CHECK");
        Assert.Equal("value too big", ErrorDetail);
        AssertThrows(ThrowCode.AbortQuote, "-1 CHECK");
        AssertStack("5", "0 CHECK");
    }

    [Fact]
    public void AbortQuoteIsCatchable()
    {
        Forth.Stack(": CHECK ABORT\" bad\" ;");
        AssertStack("-2", ": T TRUE ['] CHECK CATCH NIP ; T");
        AssertStack("-2 0", "FALSE ' CHECK CATCH");
    }

    [Fact]
    public void AbortQuotePrintsNothingItself()
    {
        Forth.Stack(": CHECK ABORT\" quiet\" ;");
        Forth.TakeOutput();
        Assert.Equal(ThrowCode.AbortQuote, Forth.Run("1 CHECK"));
        Assert.Equal("", Forth.TakeOutput());
    }

    [Fact]
    public void AbortQuoteIsCompileOnly() => AssertThrows(ThrowCode.CompileOnly, "1 ABORT\" no\"");

    [Fact]
    public void AbortQuoteRuntimeWithAnEmptyStackUnderflows()
    {
        Forth.Stack(": CHECK ABORT\" x\" ;");
        AssertThrows(ThrowCode.StackUnderflow, "CHECK");
    }

    [Fact]
    public void CatchEndOutsideACatchIsAReturnStackImbalance() =>
        AssertThrows(ThrowCode.ReturnStackImbalance, "' (CATCH-END) EXECUTE");

    [Fact]
    public void EveryStandardThrowCodeHasAMessage()
    {
        for (long code = -1; code >= -79; code--)
        {
            Assert.False(ThrowCode.Describe(code).IsEmpty, $"THROW {code} has no message");
        }
        Assert.True(ThrowCode.Describe(-80).IsEmpty);
    }

    [Theory]
    [InlineData(-36, "invalid file position")]
    [InlineData(-48, "invalid POSTPONE")]
    [InlineData(-52, "control-flow stack overflow")]
    [InlineData(-58, "[IF], [ELSE], or [THEN] exception")]
    [InlineData(-59, "ALLOCATE")]
    [InlineData(-77, "malformed xchar")]
    [InlineData(-79, "REPLACES")]
    public void StandardThrowCodesHaveTheStandardText(long code, string expected) =>
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(ThrowCode.Describe(code)));

    [Fact]
    public void AbortQuoteCaughtKeepsItsMessageAndRestoresTheStack()
    {
        Forth.Stack(": CHECK TRUE ABORT\" kept\" ;");
        AssertStack("7 -2", "7 ' CHECK CATCH");
        Assert.Equal("kept", ErrorDetail);
    }

    [Fact]
    public void AbortCaughtIsMinus1WithTheStackRestored() => AssertStack("1 2 -1", "1 2 ' ABORT CATCH");
}

