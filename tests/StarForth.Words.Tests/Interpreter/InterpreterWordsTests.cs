using System.Threading.Tasks;
using Xunit;

namespace StarForth.Words.Tests;

/// <summary>EVALUATE, and the outer interpreter it runs: errors as it reports them and the machine's state on the line after.</summary>
public sealed class InterpreterWordsTests : ForthTest
{
    [Theory]
    [InlineData("S\" 1 2 +\" EVALUATE", "3")]
    [InlineData("S\" \" EVALUATE", "")]
    [InlineData("S\" 1\" EVALUATE 2", "1 2")]
    [InlineData(": T S\" 10 20 *\" EVALUATE ; T", "200")]
    [InlineData("S\" : SQ DUP * ;\" EVALUATE 5 SQ", "25")]
    [InlineData(": INNER S\" 7 8 +\" ; S\" INNER EVALUATE 1+\" EVALUATE", "16")]
    [InlineData(": T [ S\" 1 2 +\" EVALUATE ] LITERAL ; T", "3")]
    [InlineData("S\" : HALF\" EVALUATE 1 ; HALF", "1")]
    [InlineData(": T S\" 1 0 /\" EVALUATE ; 7 ' T CATCH", "7 -10")]
    public void EvaluateInterpretsAStringAsInput(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void ErrorsInsideEvaluateReachTheHost()
    {
        AssertThrows(ThrowCode.UndefinedWord, "S\" 1 NOPE\" EVALUATE");
        Assert.Equal("NOPE", ErrorDetail);
        AssertStack("3", "1 2 +");
    }

    [Theory]
    [InlineData("EVALUATE", ThrowCode.StackUnderflow)]
    [InlineData("1 EVALUATE", ThrowCode.StackUnderflow)]
    [InlineData("-1 5 EVALUATE", ThrowCode.InvalidAddress)]
    [InlineData("1048570 10 EVALUATE", ThrowCode.InvalidAddress)]
    [InlineData(": E S\" E\" EVALUATE ; E", ThrowCode.InputNestingTooDeep)]
    [InlineData("S\" BYE\" EVALUATE", ThrowCode.Bye)]
    public void EvaluateFailures(string source, int expectedCode) => AssertThrows(expectedCode, source);

    [Theory]
    [InlineData("FOOBAR", "FOOBAR")]
    [InlineData("1 2 frob 3", "frob")]
    [InlineData(": T NOPE ;", "NOPE")]
    [InlineData("12AB", "12AB")]
    [InlineData("--", "--")]
    public void UnknownWordIsMinus13WithItsName(string source, string name)
    {
        AssertThrows(ThrowCode.UndefinedWord, source);
        Assert.Equal(name, ErrorDetail);
    }

    [Fact]
    public void ErrorDetailIsKeptAfterTheResetAndReplacedByTheNextError()
    {
        AssertThrows(ThrowCode.UndefinedWord, "FIRST");
        Forth.Stack("1 DROP");
        Assert.Equal("FIRST", ErrorDetail);
        AssertThrows(ThrowCode.UndefinedWord, "SECOND");
        Assert.Equal("SECOND", ErrorDetail);
    }

    [Fact]
    public void CompileOnlyWordAtTopLevelIsMinus14WithItsName()
    {
        AssertThrows(ThrowCode.CompileOnly, "1 IF");
        Assert.Equal("IF", ErrorDetail);
    }

    [Fact]
    public void AnErrorStopsTheRestOfTheLine()
    {
        Forth.TakeOutput();
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("65 EMIT NOPE 66 EMIT"));
        Assert.Equal("A", Forth.TakeOutput());
    }

    [Fact]
    public void AnErrorStopsTheRemainingLines()
    {
        Assert.Equal(ThrowCode.UndefinedWord, Forth.Run("1", "NOPE", "VARIABLE LATER"));
        AssertThrows(ThrowCode.UndefinedWord, "LATER");
    }

    [Theory]
    [InlineData("DROP")]
    [InlineData("1 0 /")]
    [InlineData("NO-SUCH-WORD")]
    [InlineData("IF")]
    [InlineData(": X THEN ;")]
    [InlineData(": X 1 2 NOPE")]
    [InlineData(": HALF IF 1 ELSE NOPE")]
    [InlineData("-1 @")]
    [InlineData(": DEEP RECURSE ; DEEP")]
    [InlineData("1 2 3 ABORT")]
    [InlineData(": A ABORT\" oops\" ; 1 A")]
    [InlineData("99 THROW")]
    [InlineData("R>")]
    [InlineData("1 >R 2 >R NOPE")]
    [InlineData("3 0 ' */ CATCH 9 THROW")]
    [InlineData(": T 10 0 DO I NOPE")]
    [InlineData("2 1 BASE ! .")]
    [InlineData("BYE")]
    public void TheNextLineWorksAfterAnyError(string failing)
    {
        Assert.NotEqual(0, Forth.Run(failing));
        Assert.Equal(0, Machine.Stack.Depth);
        Assert.Equal(0, Machine.ReturnStack.Depth);
        Assert.False(Machine.Compiler.Compiling);
        Forth.Stack("DECIMAL");
        AssertStack("3", "1 2 +");
        AssertOutput("ok", ": GREET .\" ok\" ; GREET");
    }

    [Fact]
    public void StateIsInterpretingAfterAnErrorInsideADefinition()
    {
        AssertThrows(ThrowCode.UndefinedWord, ": T 1", "NOPE");
        AssertStack("0", "STATE @");
    }

    [Fact]
    public void NamesAreCaseInsensitive()
    {
        AssertStack("2 2", ": Twice 2* ; 1 twice 1 TWICE");
        AssertStack("2 2 4", "1 2 swap DROP 1 + dup 1+ nip");
    }

    [Fact]
    public void EmptyAndBlankLinesDoNothing()
    {
        AssertStack("", "", "   ", "\t");
    }

    [Fact]
    public void TabsSeparateWordsLikeSpaces()
    {
        AssertStack("3", "1\t2\t+");
    }

    [Theory]
    [InlineData("(BRANCH)")]
    [InlineData("(0BRANCH)")]
    [InlineData("(DO)")]
    [InlineData("(?DO)")]
    [InlineData("(LOOP)")]
    [InlineData("(+LOOP)")]
    [InlineData("(LEAVE)")]
    [InlineData("LIT")]
    [InlineData("(s\")")]
    [InlineData("(ABORT\")")]
    [InlineData("does_rt")]
    public void InternalRuntimeWordsTypedAtTheTopLevelDoNotBreakTheNextLine(string word)
    {
        Forth.Run("1 2 3 " + word);
        Assert.Equal(0, Machine.ReturnStack.Depth);
        Assert.Equal(3, Forth.Stack("1 2 +")[^1]);
    }

    /// <summary>
    /// Run-time words read inline operands at the instruction pointer. Typed at the prompt, the pointer is 0
    /// (return to host), so they read cell 0 and then run STATE, BASE, >IN ... (cells 8, 16, 24) as word_ids.
    /// </summary>
    [Theory]
    [InlineData("LIT")]
    [InlineData("(0BRANCH)")]
    [InlineData("(BRANCH)")]
    [InlineData("(DO)")]
    [InlineData("(s\")")]
    public void InternalRuntimeWordsAreCompileOnly(string word) => AssertThrows(ThrowCode.CompileOnly, "1 2 3 " + word);

    [Fact]
    public void ALineLongerThanTheInputRegionIsMinus260()
    {
        AssertThrows(ThrowCode.InputLineTooLong, new string(' ', ArenaLayout.InputRegionSize + 1) + "1");
        AssertStack("1", "1");
    }

    [Fact]
    public void LongLinesAreInterpretedWhole()
    {
        string line = string.Concat(System.Linq.Enumerable.Repeat("1 + ", 5000));
        AssertStack("5000", "0 " + line);
    }

    /// <summary>
    /// Issue 16: loops that neither branch back nor enter a colon word poll the interrupt too, so Ctrl-C (here set
    /// from another thread, as the hosted SIGINT handler does) stops them with -28.
    /// </summary>
    [Theory]
    [InlineData("3273859204165 WAIT")]
    [InlineData("O{ 9223372036854775807 SPACES")]
    [InlineData("O{ 1 $7FFFFFFFFFFFFFFF .R")]
    [InlineData("DEFER X ' X IS X X")]
    [InlineData("0 >IN !")]
    [InlineData("S\" 2 1 >IN ! 3 4\" EVALUATE")]
    [InlineData("9223372036854775807 BENCH-DICT-LOOKUP DUP")] // found by the random programs: 283 EXECUTE ran it
    public async Task AnInterruptStopsTheLoopWithMinus28(string source)
    {
        Task interrupt = Task.Run(async () =>
        {
            await Task.Delay(50);
            Machine.InnerInterpreter.InterruptRequested = true;
        });

        AssertThrows(ThrowCode.UserInterrupt, source);
        await interrupt;
        AssertOutput("3 ", "1 2 + .");
    }

    /// <summary>
    /// Issue 16, --max-steps: a line that takes more steps (backward branches, word entries, tokens, 4 KiB of output,
    /// WAIT's polls) than the limit stops with its own code, -266; the next line gets the whole budget again.
    /// </summary>
    [Theory]
    [InlineData(": L BEGIN AGAIN ; L")]
    [InlineData("DEFER X ' X IS X X")]
    [InlineData("0 >IN !")]
    [InlineData("O{ 9223372036854775807 SPACES")]
    [InlineData("O{ 1 $7FFFFFFFFFFFFFFF .R")]
    [InlineData(": L -1 0 DO LOOP ; L")]
    [InlineData(": L BEGIN 1 ['] DROP CATCH DROP AGAIN ; L")]
    [InlineData("3273859204165 WAIT")]
    [InlineData("9223372036854775807 BENCH-DICT-LOOKUP DUP")]
    public void AStepLimitStopsARunawayLineWithItsOwnCode(string source)
    {
        Machine.InnerInterpreter.StepLimit = 10000;

        AssertThrows(ThrowCode.StepLimitReached, source);
        AssertOutput("3 ", "1 2 + .");
    }

    [Fact]
    public void ALineWithinTheStepLimitRuns()
    {
        Machine.InnerInterpreter.StepLimit = 100;

        AssertStack("55", ": F 0 11 0 DO I + LOOP ; F");
    }

    [Fact]
    public void ACaughtStepLimitLeavesTheRestOfTheLineNoSteps()
    {
        Machine.InnerInterpreter.StepLimit = 1000;

        AssertThrows(ThrowCode.StepLimitReached, ": L BEGIN AGAIN ; ' L CATCH 1 2 + .");
        Assert.Equal("", Forth.TakeOutput());
    }
}
