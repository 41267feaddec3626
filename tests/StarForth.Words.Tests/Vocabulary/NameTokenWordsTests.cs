using Xunit;

namespace StarForth.Words.Tests;

public sealed class NameTokenWordsTests : ForthTest
{
    [Fact]
    public void FindNameGivesTheHeaderAddressAndNameToStringItsName()
    {
        AssertStack("-1", "S\" DUP\" FIND-NAME 0<>");
        AssertOutput("DUP", "DROP S\" dup\" FIND-NAME NAME>STRING TYPE");
        AssertStack("0", "S\" NO-SUCH-WORD\" FIND-NAME");
    }

    [Fact]
    public void NameToStringKeepsTheCaseItWasDefinedIn() =>
        AssertOutput("MixedCase", ": MixedCase ; S\" MIXEDCASE\" FIND-NAME NAME>STRING TYPE");

    [Fact]
    public void NameToInterpretGivesTheXt()
    {
        AssertStack("-1", "S\" DUP\" FIND-NAME NAME>INTERPRET ' DUP =");
        AssertStack("-1 9", ": NINE 9 ; S\" NINE\" FIND-NAME NAME>INTERPRET EXECUTE");
    }

    [Fact]
    public void NameToCompileGivesExecuteForImmediateAndCompileCommaOtherwise()
    {
        AssertStack("-1 -1", "S\" DUP\" FIND-NAME NAME>COMPILE ' COMPILE, = SWAP ' DUP =");
        AssertStack("-1 -1 -1 -1", "S\" IF\" FIND-NAME NAME>COMPILE ' EXECUTE = SWAP ' IF =");
    }

    [Fact]
    public void NameToCompileCompilesTheWord() =>
        AssertStack("4", ": DOUBLE [ S\" DUP\" FIND-NAME NAME>COMPILE EXECUTE ] + ; 2 DOUBLE");

    [Theory]
    [InlineData("12345 NAME>STRING")]
    [InlineData("HERE NAME>INTERPRET")]
    [InlineData("-8 NAME>COMPILE")]
    [InlineData("S\" DUP\" FIND-NAME 1+ NAME>STRING")]
    public void ABadNameTokenIsMinus273(string source) => AssertThrows(-273, source);

    [Fact]
    public void AForgottenWordsNameTokenIsMinus273() =>
        AssertThrows(-273, ": GONE ; S\" GONE\" FIND-NAME FORGET GONE NAME>STRING");

    [Theory]
    [InlineData("NAME>STRING")]
    [InlineData("NAME>INTERPRET")]
    [InlineData("NAME>COMPILE")]
    [InlineData("FIND-NAME")]
    public void AnEmptyStackIsStackUnderflow(string source) => AssertThrows(ThrowCode.StackUnderflow, source);

    [Fact]
    public void TraverseWordlistVisitsEveryWordNewestFirst()
    {
        Forth.Run("VARIABLE W WORDLIST W ! W @ SET-CURRENT : A ; : B ; : C ; FORTH-WORDLIST SET-CURRENT",
            ": SHOW ( nt -- true ) NAME>STRING TYPE SPACE TRUE ;");
        AssertOutput("C B A ", "' SHOW W @ TRAVERSE-WORDLIST");
    }

    [Fact]
    public void TraverseWordlistStopsWhenTheXtReturnsFalse()
    {
        Forth.Run("VARIABLE W WORDLIST W ! W @ SET-CURRENT : A ; : B ; : C ; FORTH-WORDLIST SET-CURRENT",
            ": COUNT-TO-B ( n nt -- n' flag ) NAME>STRING S\" B\" COMPARE SWAP 1+ SWAP ;");
        AssertStack("2", "0 ' COUNT-TO-B W @ TRAVERSE-WORDLIST");
    }

    [Fact]
    public void TraverseWordlistOfAnEmptyListRunsNothing() =>
        AssertStack("5", "5 ' DROP WORDLIST TRAVERSE-WORDLIST");

    [Fact]
    public void TraverseWordlistOfAnUnknownWidIsMinus272() => AssertThrows(-272, "' DROP 33 TRAVERSE-WORDLIST");

    [Fact]
    public void TraverseWordlistWithABadXtIsMinus9() => AssertThrows(ThrowCode.InvalidAddress, "999999 0 TRAVERSE-WORDLIST");

    [Fact]
    public void TraverseWordlistPassesOnAThrowFromTheXt() =>
        AssertThrows(-77, ": BOOM -77 THROW ; ' BOOM FORTH-WORDLIST TRAVERSE-WORDLIST");

    [Fact]
    public void SynonymRunsTheOldWord()
    {
        AssertStack("5", "SYNONYM PLUS + 2 3 PLUS");
        AssertStack("5 9", ": ADD PLUS ; 4 5 ADD");
    }

    [Fact]
    public void SynonymOfReturnStackWordsWorksInsideADefinition() =>
        AssertStack("42", "SYNONYM TO-R >R SYNONYM R-FROM R> : T TO-R 1 R-FROM + ; 41 T");

    [Fact]
    public void SynonymOfAnImmediateWordIsImmediateAndCompileOnly()
    {
        AssertStack("7 7", "SYNONYM WHEN IF SYNONYM END THEN : MYABS DUP 0< WHEN NEGATE END ; -7 MYABS 7 MYABS");
        AssertThrows(ThrowCode.CompileOnly, "1 WHEN");
    }

    [Fact]
    public void SynonymMayHaveTheOldName() => AssertStack("1", ": ONE 1 ; SYNONYM ONE ONE ONE");

    [Fact]
    public void SynonymOfAnUnknownWordIsMinus13() => AssertThrows(ThrowCode.UndefinedWord, "SYNONYM NEW NO-SUCH-WORD");

    [Fact]
    public void SynonymWithoutNamesIsMinus16() => AssertThrows(ThrowCode.ZeroLengthName, "SYNONYM");

    [Fact]
    public void SynonymGoesIntoTheCurrentWordList()
    {
        Forth.Run("VARIABLE W WORDLIST W ! W @ SET-CURRENT SYNONYM SWAPPED SWAP FORTH-WORDLIST SET-CURRENT");
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("SWAPPED"));
        AssertStack("2 1", "1 2 ALSO W @ CONTEXT ! SWAPPED PREVIOUS");
    }
}
