using Xunit;

namespace StarForth.Words.Tests;

public sealed class MemoryWordsTests : ForthTest
{
    [Theory]
    [InlineData("VARIABLE V V @", "0")]
    [InlineData("VARIABLE V 42 V ! V @", "42")]
    [InlineData("VARIABLE V -1 V ! V @", "-1")]
    [InlineData("VARIABLE V 10 V ! 5 V +! V @", "15")]
    [InlineData("VARIABLE V 10 V ! 15 V -! V @", "-5")]
    [InlineData("VARIABLE V 9223372036854775807 V ! 1 V +! V @", "-9223372036854775808")]
    [InlineData("VARIABLE V 65 V C! V C@", "65")]
    [InlineData("VARIABLE V 300 V C! V C@", "44")]
    [InlineData("VARIABLE V -1 V ! V C@", "255")]
    [InlineData("VARIABLE V 0 V ! 255 V C! V @", "255")]
    [InlineData("CREATE P 2 CELLS ALLOT 1 2 P 2! P 2@", "1 2")]
    [InlineData("CREATE P 2 CELLS ALLOT 1 2 P 2! P @ P CELL+ @", "2 1")]
    [InlineData("CREATE P 10 , 20 , P 2@", "20 10")]
    public void FetchesAndStores(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("CREATE B 8 ALLOT B 8 65 FILL B C@ B 7 + C@", "65 65")]
    [InlineData("CREATE B 8 ALLOT B 8 0 FILL B 3 66 FILL B 2 + C@ B 3 + C@", "66 0")]
    [InlineData("CREATE B 8 ALLOT B 8 7 FILL B 0 9 FILL B C@", "7")]
    [InlineData("CREATE B 8 ALLOT B 8 7 FILL B 4 ERASE B 3 + C@ B 4 + C@", "0 7")]
    [InlineData("CREATE B 4 ALLOT CREATE D 4 ALLOT B 4 120 FILL D 4 0 FILL B D 4 MOVE D 3 + C@", "120")]
    [InlineData("CREATE B 1 C, 2 C, 3 C, 4 C, 0 C, B B 1+ 4 MOVE B C@ B 1+ C@ B 4 + C@", "1 1 4")]
    [InlineData("CREATE B 1 C, 2 C, 3 C, 4 C, 0 C, B 1+ B 4 MOVE B C@ B 3 + C@ B 4 + C@", "2 0 0")]
    [InlineData("CREATE B 1 C, 2 C, B B 1+ 0 MOVE B 1+ C@", "2")]
    public void FillsErasesAndMovesBytes(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("3 CELLS", "24")]
    [InlineData("-1 CELLS", "-8")]
    [InlineData("100 CELL+", "108")]
    [InlineData("100 CHAR+", "101")]
    [InlineData("5 CHARS", "5")]
    [InlineData("0 ALIGNED", "0")]
    [InlineData("1 ALIGNED", "8")]
    [InlineData("8 ALIGNED", "8")]
    [InlineData("9 ALIGNED", "16")]
    public void SizesAndAlignment(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("-1 @")]
    [InlineData("1048576 @")]
    [InlineData("1048569 @")]
    [InlineData("9223372036854775807 @")]
    [InlineData("-9223372036854775808 @")]
    [InlineData("1 -1 !")]
    [InlineData("1 1048576 !")]
    [InlineData("-1 C@")]
    [InlineData("1048576 C@")]
    [InlineData("1 1048576 C!")]
    [InlineData("1 -8 +!")]
    [InlineData("1 1048576 -!")]
    [InlineData("1048568 2@")]
    [InlineData("1 2 1048568 2!")]
    [InlineData("1048570 10 0 FILL")]
    [InlineData("-5 10 ERASE")]
    [InlineData("0 1048570 10 MOVE")]
    [InlineData("1048570 0 10 MOVE")]
    [InlineData("PAD PAD 1+ -1 MOVE")]
    [InlineData("PAD -1 0 FILL")]
    [InlineData("PAD -1 ERASE")]
    [InlineData("PAD -1 BLANK")]
    [InlineData("PAD PAD 1+ -1 CMOVE")]
    [InlineData("PAD PAD 1+ -1 CMOVE>")]
    public void AccessOutsideTheArenaIsMinus9(string source) => AssertThrows(ThrowCode.InvalidAddress, source);

    [Fact]
    public void LastCellOfTheArenaIsAccessible()
    {
        AssertStack("77 255", "77 1048568 ! 1048568 @ 255 1048575 C! 1048575 C@");
    }

    [Fact]
    public void TwoStoreOutsideTheArenaChangesNothingInside()
    {
        AssertThrows(ThrowCode.InvalidAddress, "5 1048568 ! 1 2 1048568 2!");
        AssertStack("5", "1048568 @");
    }

    // Issue 16 case 7: stores into the system variables and the bootstrap dictionary once killed the session.
    [Theory]
    [InlineData("HERE 0 1000000 MOVE")]
    [InlineData("0 1048576 ERASE")]
    [InlineData("0 2176 ERASE")]
    [InlineData("$ff HERE 0 FILL")]
    [InlineData("1 0 !")]
    [InlineData("-1 STATE !")]
    [InlineData("1 BLK !")]
    [InlineData("1 64 !")]
    [InlineData("1 56 C!")]
    [InlineData("1 88 !")]
    [InlineData("1 STATE +!")]
    [InlineData("1 STATE -!")]
    [InlineData("1 2 STATE 2!")]
    [InlineData("1 2 SCR 2!")]
    [InlineData("1 2 CURRENT 2!")]
    [InlineData("0 2176 C!")]
    [InlineData("0 3000 !")]
    [InlineData("PAD 2176 8 MOVE")]
    [InlineData("PAD 0 1 CMOVE")]
    [InlineData("PAD 8 16 CMOVE>")]
    [InlineData("2176 100 BLANK")]
    [InlineData("0 10 ACCEPT")]
    public void StoresIntoTheSystemAreaAreMinus9(string source) => AssertThrows(ThrowCode.InvalidAddress, source);

    [Fact]
    public void TheSessionSurvivesEveryRefusedStore()
    {
        ulong bootHash = Machine.Dictionary.ComputeHash();
        foreach (string store in new[] { "HERE 0 1000000 MOVE", "0 1048576 ERASE", "$ff HERE 0 FILL", "PAD 10 100 CMOVE", "36 STATE !" })
        {
            AssertThrows(ThrowCode.InvalidAddress, store);
        }
        Assert.Equal(bootHash, Machine.Dictionary.ComputeHash());
        AssertStack("49 10 0 3", ": SQ DUP * ; 7 SQ BASE @ STATE @ 1 2 +");
    }

    /// <summary>
    /// Above the system area a program may overwrite its own headers and bodies: the VM never follows a link, word_id
    /// or MARKER mark it wrote there out of the arena or its tables, with either lookup strategy.
    /// </summary>
    [Theory]
    [InlineData("0 LOOKUP-STRATEGY!")]
    [InlineData("1 LOOKUP-STRATEGY!")]
    public void OverwrittenUserHeadersLeaveTheMachineWhole(string strategy)
    {
        AssertStack("", strategy, "VARIABLE START MARKER M : SQ DUP * ; : CUBE DUP SQ * ;", "START HERE OVER - $FF FILL");

        AssertOutput("3 ", "1 2 + .");
        AssertThrows(ThrowCode.UndefinedWord, "SQ");
        AssertStack("25", ": SQ2 DUP * ; 5 SQ2");
        AssertThrows(ThrowCode.InvalidForget, "MARKER M2 ' M2 >BODY 5 CELLS ERASE M2");
        AssertThrows(ThrowCode.InvalidForget, "MARKER M3 ' M3 >BODY 5 CELLS $7F FILL M3");
        AssertStack("9", "3 SQ2");
    }

    [Theory]
    [InlineData("16 BASE ! BASE @ DECIMAL", "16")]
    [InlineData("9 >IN ! 1 2", "2")]
    [InlineData("7 SPAN ! SPAN @", "7")]
    [InlineData("5 SCR ! 1 SCR +! SCR @", "6")]
    [InlineData("1 2 SPAN 2! SPAN @ SCR @", "2 1")]
    [InlineData("99 CONTEXT ! 0 CONTEXT ! CONTEXT @", "0")]
    [InlineData("99 CURRENT ! 0 CURRENT ! CURRENT @", "0")]
    [InlineData("S\" abc\" OVER 65 SWAP C! TYPE", "")]
    [InlineData("S\" abc\" 2DUP 66 FILL DROP C@", "66")]
    [InlineData("HERE 1 , HERE 2 , SWAP 2 CELLS 0 FILL @", "0")]
    public void TheVariablesAProgramMayWriteStayWritable(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("@", "")]
    [InlineData("!", "1")]
    [InlineData("C@", "")]
    [InlineData("C!", "1")]
    [InlineData("+!", "1")]
    [InlineData("-!", "1")]
    [InlineData("2@", "")]
    [InlineData("2!", "1 2")]
    [InlineData("FILL", "1 2")]
    [InlineData("MOVE", "1 2")]
    [InlineData("ERASE", "1")]
    [InlineData("CELLS", "")]
    [InlineData("CELL+", "")]
    [InlineData("CHAR+", "")]
    [InlineData("CHARS", "")]
    [InlineData("ALIGNED", "")]
    public void UnderflowLeavesTheStackUnchanged(string word, string preload) =>
        AssertUnderflowLeavesStackUnchanged(word, preload);
}
