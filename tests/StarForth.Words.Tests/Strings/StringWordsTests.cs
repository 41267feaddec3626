using Xunit;

namespace StarForth.Words.Tests;

public sealed class StringWordsTests : ForthTest
{
    [Theory]
    [InlineData("S\" hello\" TYPE", "hello")]
    [InlineData("S\" hello world\" TYPE", "hello world")]
    [InlineData("S\"  two leading\" TYPE", " two leading")]
    [InlineData("S\" \" TYPE", "")]
    [InlineData(": T S\" compiled\" ; T TYPE", "compiled")]
    [InlineData(": T S\" a\" S\" bc\" ; T TYPE TYPE", "bca")]
    [InlineData("S\" ab\" S\" cd\" TYPE TYPE", "cdab")]
    [InlineData(": T S\" x\" TYPE 1 . ; T T", "x1 x1 ")]
    public void SQuoteWorksInBothStates(string source, string expected) => AssertOutput(expected, source);

    [Theory]
    [InlineData("S\" hello\" NIP", "5")]
    [InlineData("S\" \" NIP", "0")]
    [InlineData(": T S\" hello\" ; T NIP", "5")]
    [InlineData("S\" AB\" DROP C@", "65")]
    [InlineData(": T S\" AB\" ; T DROP 1+ C@", "66")]
    [InlineData(": T S\" abc\" ; T DROP T DROP =", "-1")]
    [InlineData(": T S\" abcdefghij\" 99 ; T NIP NIP", "99")]
    public void SQuoteLeavesAddressAndLength(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void InterpretedSQuoteSurvivesTheNextLine()
    {
        Forth.Stack("S\" kept\"");
        Assert.Equal("kept", Forth.Output("1 DROP", "TYPE"));
    }

    [Fact]
    public void InterpretedSQuoteDoesNotTakeDictionarySpace()
    {
        long here = Machine.DataSpace.Here;
        Forth.Stack("S\" some text\" 2DROP");
        Assert.Equal(here, Machine.DataSpace.Here);
    }

    [Fact]
    public void InterpretedSQuoteLongerThanItsBufferIsMinus18()
    {
        AssertThrows(ThrowCode.ParsedStringOverflow, "S\" " + new string('x', 1025) + "\"");
        AssertStack("1024", "S\" " + new string('y', 1024) + "\" NIP");
    }

    [Theory]
    [InlineData(": T .\" Hello, world\" ; T", "Hello, world")]
    [InlineData(": T .\" a\" .\" b\" ; T T", "abab")]
    [InlineData(": T .\" \" 1 . ; T", "1 ")]
    [InlineData(": T 3 0 DO .\" *\" LOOP ; T", "***")]
    public void DotQuotePrintsWhenTheWordRuns(string source, string expected) => AssertOutput(expected, source);

    [Fact]
    public void DotQuotePrintsNothingWhileCompiling()
    {
        AssertOutput("", ": T .\" later\" ;");
        AssertOutput("later", "T");
    }

    [Fact]
    public void DotQuoteIsCompileOnly()
    {
        AssertThrows(ThrowCode.CompileOnly, ".\" hi\"");
        Assert.Equal(".\"", ErrorDetail);
    }

    [Theory]
    [InlineData(".( hello)", "hello")]
    [InlineData(".( a b  c) .( d)", "a b  cd")]
    [InlineData(": T .( now) ;", "now")]
    [InlineData(".( )", "")]
    public void DotParenPrintsImmediately(string source, string expected) => AssertOutput(expected, source);

    [Fact]
    public void DotParenPrintsWhileCompilingAndCompilesNothing()
    {
        AssertOutput("x", ": T .( x) ;");
        AssertOutput("", "T");
    }

    [Theory]
    [InlineData("1 ( 2 ) 3", "1 3")]
    [InlineData("1 ( 2 3 4 ) 5", "1 5")]
    [InlineData(": T 1 ( comment ) 2 ; T", "1 2")]
    [InlineData("1 ( unterminated 2", "1")]
    [InlineData("1 \\ 2 3", "1")]
    [InlineData("1 \\", "1")]
    [InlineData("\\ : T", "")]
    public void CommentsAreSkipped(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void ParenMustStandAlone()
    {
        AssertThrows(ThrowCode.UndefinedWord, "1 (2) 3");
        Assert.Equal("(2)", ErrorDetail);
    }

    [Fact]
    public void UnterminatedSQuoteTakesTheRestOfTheLine()
    {
        Forth.Stack("S\" open to the end");
        Assert.Equal(15, Forth.DataStack()[1]);
        Assert.Equal("open to the end", Forth.Output("TYPE"));
    }

    [Fact]
    public void BackslashEndsOnlyItsLine()
    {
        AssertStack("1 2", ": T 1 \\ the rest is ignored ;", "2 ;", "T");
    }

    [Fact]
    public void ParenCommentsDoNotSpanLines()
    {
        AssertStack("1 2", "1 ( open", "2");
    }

    [Theory]
    [InlineData("CHAR A", "65")]
    [InlineData("CHAR ABC", "65")]
    [InlineData("CHAR a", "97")]
    [InlineData("CHAR 0", "48")]
    [InlineData("CHAR \"", "34")]
    [InlineData("CHAR A CHAR B", "65 66")]
    [InlineData(": T [CHAR] Z ; T", "90")]
    [InlineData(": T [CHAR] xyz [CHAR] ) ; T", "120 41")]
    [InlineData(": T CHAR ; T !", "33")]
    public void CharGivesTheFirstCharacterOfTheNextName(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("CHAR")]
    [InlineData(": T [CHAR]")]
    public void CharWithoutANameIsMinus16(string source) => AssertThrows(ThrowCode.ZeroLengthName, source);

    [Fact]
    public void BracketCharIsCompileOnly() => AssertThrows(ThrowCode.CompileOnly, "[CHAR] A");

    [Fact]
    public void StringRuntimeStepsOverItsInlineText()
    {
        long stringRuntime = WordId("(s\")");
        long type = WordId("TYPE");
        AssertOutput("hi7 ", $": T [ {stringRuntime} , 2 , 26984 , {type} , ] 7 . ; T");
    }
}
