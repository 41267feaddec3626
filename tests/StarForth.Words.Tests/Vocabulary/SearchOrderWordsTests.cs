using Xunit;

namespace StarForth.Words.Tests;

public sealed class SearchOrderWordsTests : ForthTest
{
    [Fact]
    public void TheOrderStartsAsForthAloneWithForthCurrent() =>
        AssertStack("0 1 0", "GET-ORDER GET-CURRENT");

    [Fact]
    public void ForthWordlistIsZero() => AssertStack("0", "FORTH-WORDLIST");

    [Fact]
    public void WordlistGivesANewIdEachTime() => AssertStack("2 3", "WORDLIST WORDLIST");

    [Fact]
    public void SetOrderPutsTheTopWidFirst() =>
        AssertStack("2 0 2", "WORDLIST DROP 2 0 2 SET-ORDER GET-ORDER");

    [Fact]
    public void MinusOneSetOrderIsTheMinimumOrder() =>
        AssertStack("0 1", "WORDLIST 0 2 SET-ORDER -1 SET-ORDER GET-ORDER");

    [Fact]
    public void OnlyIsTheMinimumOrder() => AssertStack("0 1", "ALSO ALSO ONLY GET-ORDER");

    [Fact]
    public void ZeroSetOrderEmptiesTheOrderSoNothingIsFound()
    {
        AssertStack("0", ": EMPTY-ORDER 0 SET-ORDER GET-ORDER ONLY ; EMPTY-ORDER");
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("0 SET-ORDER DUP"));
    }

    [Fact]
    public void AnUncaughtErrorGivesAnEmptyOrderTheMinimumOrderBack()
    {
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run(": EMPTY-IT 0 SET-ORDER ; EMPTY-IT DUP"));
        AssertStack("0 1", "GET-ORDER");
    }

    [Fact]
    public void AnUncaughtErrorKeepsAnOrderThatIsNotEmpty()
    {
        Assert.Equal(ThrowCode.DivisionByZero, Forth.Run("WORDLIST ALSO CONTEXT ! 1 0 /"));
        AssertStack("0 2 2", "GET-ORDER");
    }

    [Fact]
    public void ColdPutsBackTheMinimumOrderAndForthCurrent()
    {
        Forth.Run("VOCABULARY V ALSO V DEFINITIONS COLD");
        AssertStack("0 1 0", "GET-ORDER GET-CURRENT");
    }

    [Fact]
    public void SixteenWordListsFitAndTheSeventeenthOverflows()
    {
        AssertStack("16", ": FILL16 16 0 DO FORTH-WORDLIST LOOP 16 SET-ORDER GET-ORDER ONLY NIP NIP NIP NIP NIP NIP NIP NIP NIP NIP NIP NIP NIP NIP NIP NIP ; FILL16");
        AssertStack("16 -49 1", ": FULL 16 0 DO FORTH-WORDLIST LOOP 16 SET-ORDER ['] ALSO CATCH ONLY ; FULL GET-ORDER NIP");
    }

    [Fact]
    public void SetOrderOfMoreThanSixteenIsSearchOrderOverflow() =>
        AssertThrows(ThrowCode.SearchOrderOverflow, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 17 SET-ORDER");

    [Fact]
    public void SetOrderWithAnUnknownWidIsMinus272AndKeepsTheOrder()
    {
        AssertThrows(-272, "99 1 SET-ORDER");
        AssertStack("0 1", "GET-ORDER");
    }

    [Fact]
    public void SetOrderWithTooFewCellsIsStackUnderflow() => AssertThrows(ThrowCode.StackUnderflow, "0 3 SET-ORDER");

    [Fact]
    public void SetOrderBelowMinusOneIsInvalidNumericArgument() => AssertThrows(ThrowCode.InvalidNumericArgument, "-2 SET-ORDER");

    [Fact]
    public void PreviousOnAnEmptyOrderIsSearchOrderUnderflow() =>
        AssertStack("-50 0 1", ": P 0 SET-ORDER ['] PREVIOUS CATCH ONLY ; P GET-ORDER");

    [Fact]
    public void AlsoOnAnEmptyOrderIsSearchOrderUnderflow() =>
        AssertStack("-50", ": A 0 SET-ORDER ['] ALSO CATCH ONLY ; A");

    [Fact]
    public void DefinitionsOnAnEmptyOrderIsSearchOrderUnderflow() =>
        AssertStack("-50 0", ": D 0 SET-ORDER ['] DEFINITIONS CATCH ONLY ; D GET-CURRENT");

    [Fact]
    public void SetCurrentMakesDefinitionsGoIntoThatList()
    {
        Forth.Run("VARIABLE W WORDLIST W ! W @ SET-CURRENT : HIDDEN-ONE 7 ; FORTH-WORDLIST SET-CURRENT");
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("HIDDEN-ONE"));
        AssertStack("7", "ALSO W @ CONTEXT ! HIDDEN-ONE PREVIOUS");
    }

    [Theory]
    [InlineData("5 SET-CURRENT")]
    [InlineData("-1 SET-CURRENT")]
    public void SetCurrentOfAnUnknownWidIsMinus272(string source)
    {
        AssertThrows(-272, source);
        AssertStack("0", "GET-CURRENT");
    }

    [Fact]
    public void SearchWordlistGivesMinusOneForAnOrdinaryWordAndOneForAnImmediateOne()
    {
        Forth.Run("VARIABLE W WORDLIST W ! W @ SET-CURRENT : PLAIN 1234 ; : NOW -9876 ; IMMEDIATE FORTH-WORDLIST SET-CURRENT");
        AssertStack("-1 1234", "S\" PLAIN\" W @ SEARCH-WORDLIST SWAP EXECUTE");
        AssertStack("1 -9876", "2DROP S\" now\" W @ SEARCH-WORDLIST SWAP EXECUTE");
        AssertStack("0", "2DROP S\" PLAIN\" FORTH-WORDLIST SEARCH-WORDLIST");
        AssertStack("0 0", "S\" DUP\" W @ SEARCH-WORDLIST");
    }

    [Fact]
    public void SearchWordlistFindsTheNewestOfTwoDefinitions() =>
        AssertStack("2", ": TWICE 1 ; : TWICE 2 ; S\" TWICE\" FORTH-WORDLIST SEARCH-WORDLIST DROP EXECUTE");

    [Fact]
    public void SearchWordlistOfAVocabularyDoesNotLookIntoItsParent() =>
        AssertStack("0 -1", "STARFORTH CONTEXT @ FORTH DUP S\" DUP\" ROT SEARCH-WORDLIST SWAP S\" ENTROPY@\" ROT SEARCH-WORDLIST NIP");

    [Fact]
    public void SearchWordlistOfAnUnknownWidIsMinus272() => AssertThrows(-272, "S\" DUP\" 40 SEARCH-WORDLIST");

    [Fact]
    public void SearchWordlistWithANegativeLengthIsMinus24() => AssertThrows(ThrowCode.InvalidNumericArgument, "PAD -1 0 SEARCH-WORDLIST");

    [Fact]
    public void SearchWordlistNeedsThreeCells() => AssertThrows(ThrowCode.StackUnderflow, "0 0 SEARCH-WORDLIST");

    [Fact]
    public void AWordInAPrivateListIsInvisibleAfterPrevious()
    {
        Forth.Run("VARIABLE W WORDLIST W ! ALSO W @ CONTEXT ! DEFINITIONS : SECRET 42 ; PREVIOUS DEFINITIONS");
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("SECRET"));
        AssertStack("42", "ALSO W @ CONTEXT ! SECRET PREVIOUS");
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("SECRET"));
    }

    [Fact]
    public void NestedAlsoAndPreviousUnwindInOrder()
    {
        Forth.Run("VARIABLE W1 WORDLIST W1 ! VARIABLE W2 WORDLIST W2 !",
            "W1 @ SET-CURRENT : X 1 ; W2 @ SET-CURRENT : X 2 ; FORTH-WORDLIST SET-CURRENT");
        AssertStack("2 1", "ALSO W1 @ CONTEXT ! ALSO W2 @ CONTEXT ! X PREVIOUS X PREVIOUS");
        AssertStack("2 1 0 1", "GET-ORDER");
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("X"));
    }

    [Fact]
    public void AVocabularyWordReplacesTheFirstListAndStillFindsItsParent()
    {
        Forth.Run("VOCABULARY V V DEFINITIONS : VW 11 ; FORTH DEFINITIONS");
        AssertStack("11 1", "V VW GET-ORDER NIP FORTH");
        AssertStack("11 1 11 2", "ALSO V VW GET-ORDER NIP NIP PREVIOUS");
    }

    [Fact]
    public void MarkerRestoresTheOrderCurrentAndTheWordLists()
    {
        Forth.Run("MARKER GONE VARIABLE W WORDLIST W ! ALSO W @ CONTEXT ! DEFINITIONS : IN-W 3 ;");
        AssertStack("0 2 2 2", "GET-ORDER GET-CURRENT");
        Forth.Run("2DROP 2DROP GONE");
        AssertStack("0 1 0", "GET-ORDER GET-CURRENT");
        AssertStack("0 1 0 2", "WORDLIST");
    }

    [Fact]
    public void MarkerMadeWithAPrivateOrderPutsThatOrderBack()
    {
        Forth.Run("VARIABLE W WORDLIST W ! ALSO W @ CONTEXT ! MARKER BACK ONLY");
        AssertStack("0 1", "GET-ORDER");
        Forth.Run("2DROP BACK");
        AssertStack("0 2 2", "GET-ORDER");
    }

    [Fact]
    public void ForgetRemovesWordListsMadeAfterTheWordAndDropsThemFromTheOrder()
    {
        Forth.Run("WORDLIST DROP : F ; WORDLIST ALSO CONTEXT ! DEFINITIONS");
        AssertStack("0 3 2 3", "GET-ORDER GET-CURRENT");
        Forth.Run("2DROP 2DROP FORGET F");
        AssertStack("0 1 0", "GET-ORDER GET-CURRENT");
        AssertStack("0 1 0 3", "WORDLIST");
    }

    [Fact]
    public void OrderPrintsTheListsFirstSearchedFirstThenCurrent()
    {
        Forth.Run("VOCABULARY V WORDLIST DROP");
        AssertOutput("Search order: FORTH\nCurrent: FORTH\n", "ORDER");
        AssertOutput("Search order: V FORTH\nCurrent: V\n", "ALSO V DEFINITIONS ORDER PREVIOUS FORTH DEFINITIONS");
        AssertOutput("Search order: WORDLIST#3 FORTH\nCurrent: FORTH\n", "0 3 2 SET-ORDER ORDER ONLY");
        AssertOutput("Search order:\nCurrent: FORTH\n", ": EMPTY 0 SET-ORDER ORDER ONLY ; EMPTY");
    }

    [Fact]
    public void EnvironmentAnswersWordlistsAndTheSearchOrderWordSet()
    {
        AssertStack("16 -1", "S\" WORDLISTS\" ENVIRONMENT?");
        AssertStack("16 -1 -1 -1", "S\" SEARCH-ORDER\" ENVIRONMENT?");
        AssertStack("16 -1 -1 -1 -1 -1", "S\" SEARCH-ORDER-EXT\" ENVIRONMENT?");
    }

    [Fact]
    public void AllSixtyFourWordListsExistThenMinus8()
    {
        AssertStack("63", ": MANY 61 0 DO WORDLIST DROP LOOP ; MANY WORDLIST");
        AssertThrows(ThrowCode.DictionaryOverflow, "WORDLIST");
    }
}
