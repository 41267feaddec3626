using Xunit;

namespace StarForth.Words.Tests;

public sealed class VocabularyWordsTests : ForthTest
{
    [Fact]
    public void AVocabularyIsAWordListItsWordReplacesTheFirstOfTheOrder()
    {
        Forth.Run("VOCABULARY V");
        AssertStack("2 1", "V GET-ORDER FORTH");
        AssertStack("2 1 0 2 2", "ALSO V GET-ORDER PREVIOUS");
    }

    [Fact]
    public void StarforthIsWordListOneSearchedBeforeForth()
    {
        AssertStack("1 1", "STARFORTH GET-ORDER FORTH");
        AssertStack("1 1 -1", "STARFORTH S\" ENTROPY@\" FIND-NAME 0<> FORTH");
        AssertStack("1 1 -1 0", "S\" ENTROPY@\" FIND-NAME");
    }

    [Fact]
    public void DefinitionsMakesTheFirstListCurrent() =>
        AssertStack("2", "VOCABULARY V ALSO V DEFINITIONS GET-CURRENT PREVIOUS FORTH DEFINITIONS");

    [Fact]
    public void ContextIsTheFirstWordListOfTheOrder()
    {
        Forth.Run("WORDLIST DROP");
        AssertStack("2 1", ": TWO-FIRST 2 CONTEXT ! GET-ORDER ONLY ; TWO-FIRST");
        AssertStack("2 1 -1", ": E 0 SET-ORDER CONTEXT @ ONLY ; E");
    }

    [Fact]
    public void AVocabularyWordOnAnEmptyOrderMakesItOneDeep() =>
        AssertStack("2 1", "VOCABULARY V : E 0 SET-ORDER V GET-ORDER ONLY ; E");
}
