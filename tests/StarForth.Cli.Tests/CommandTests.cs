using System.IO;
using Xunit;

namespace StarForth.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void StdinDefinitionsRunWithoutPromptsOrBanner()
    {
        var result = StarForthProcess.Run(": SQ DUP * ;\n7 SQ . CR\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("49 \n", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void StdinUndefinedWordIsReportedAndExitsOne()
    {
        var result = StarForthProcess.Run("FOO\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<stdin>:1:1: error: -13 undefined word: FOO\n", result.Error);
    }

    [Fact]
    public void StdinContinuesAfterAnError()
    {
        var result = StarForthProcess.Run("DROP\n1 2 + .\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("3 ", result.Output);
        Assert.Equal("<stdin>:1:1: error: -4 stack underflow\n", result.Error);
    }

    [Fact]
    public void EvaluateRunsCodeAndByeExitsCleanly()
    {
        var result = StarForthProcess.Run(null, "-e", ": FIB DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ; 25 FIB . BYE");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("75025 ", result.Output);
    }

    [Fact]
    public void FilesAndEvaluateRunInCommandLineOrder()
    {
        string file = StarForthProcess.TemporaryFile("middle.fs", ".( file ) 2 .\n");

        var result = StarForthProcess.Run(null, "-e", "1 .", file, "-e", "3 .");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 file 2 3 ", result.Output);
    }

    [Fact]
    public void AnErrorInAFileAbortsThatFileWithItsLocation()
    {
        string file = StarForthProcess.TemporaryFile("demo.fs", "1 .\n: OK ;\n2 . FOO 3 .\n4 .\n");
        string other = StarForthProcess.TemporaryFile("next.fs", "5 .\n");

        var result = StarForthProcess.Run(null, file, other);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("1 2 5 ", result.Output);
        Assert.Equal($"{file}:3:5: error: -13 undefined word: FOO\n", result.Error);
    }

    [Fact]
    public void AMissingFileIsAnError()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-starforth-file.fs");

        var result = StarForthProcess.Run(null, missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{missing}: error: no such file\n", result.Error);
    }

    [Fact]
    public void AbortQuoteReportsItsMessage()
    {
        var result = StarForthProcess.Run(": CHECK ABORT\" out of range\" ;\n1 CHECK\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<stdin>:2:3: error: -2 aborted: out of range\n", result.Error);
    }

    [Fact]
    public void VersionPrintsTheVersion()
    {
        var result = StarForthProcess.Run(null, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Output);
    }

    [Fact]
    public void HelpDescribesTheOptions()
    {
        var result = StarForthProcess.Run(null, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--evaluate", result.Output);
        Assert.Contains("--memory", result.Output);
    }

    [Fact]
    public void MemorySetsTheArenaSize()
    {
        var result = StarForthProcess.Run(null, "--memory", "256K", "-e", "PAD . BYE");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{256 * 1024 - 512} ", result.Output);
    }

    [Fact]
    public void AnInvalidMemorySizeIsAUsageError()
    {
        var result = StarForthProcess.Run(null, "--memory", "12", "-e", "BYE");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--memory", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void AllocatingMoreThanTheArenaIsAForthErrorNotACrash()
    {
        var result = StarForthProcess.Run("100000000 ALLOT\n1 .\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("1 ", result.Output);
        Assert.Equal("<stdin>:1:11: error: -8 dictionary overflow\n", result.Error);
    }
}
