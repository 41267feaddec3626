using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>Issue 16: errors the user could once not see (a truncated THROW, a dropped definition) are reported with their code.</summary>
public class ErrorReportTests
{
    [Fact]
    public void ThrowOfACodeBeyond32BitsIsReportedAsNotStandard()
    {
        var result = StarForthProcess.Run(null, "-e", "4294967296 THROW");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<command line>:1:12: error: 4294967296 uncaught THROW (not a standard code)\n", result.Error);
    }

    [Fact]
    public void ThrowOfTheMostNegativeCellIsAnError()
    {
        var result = StarForthProcess.Run(null, "-e", "-9223372036854775808 THROW");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<command line>:1:22: error: -9223372036854775808 uncaught THROW (not a standard code)\n", result.Error);
    }

    [Fact]
    public void CatchGivesTheWholeCode()
    {
        var result = StarForthProcess.Run(null, "-e", "4294967296 ' THROW CATCH .");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("4294967296 ", result.Output);
    }

    [Fact]
    public void AnUnterminatedDefinitionAtTheEndOfAFileIsAnError()
    {
        string file = StarForthProcess.TemporaryFile("half.fs", ": HALF 1 2\n");

        var result = StarForthProcess.Run(null, file, "-e", "HALF");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}:1:11: error: -39 unexpected end of file: HALF\n<command line>:1:1: error: -13 undefined word: HALF\n", result.Error);
    }

    [Fact]
    public void AnUnterminatedDefinitionAtTheEndOfStdinIsAnError()
    {
        var result = StarForthProcess.Run(": HALF 1 2\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<stdin>:1:11: error: -39 unexpected end of file: HALF\n", result.Error);
    }

    [Fact]
    public void MostNegativeCellDividedByMinusOneIsOutOfRange()
    {
        var result = StarForthProcess.Run("-9223372036854775808 -1 /\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<stdin>:1:25: error: -11 result out of range\n", result.Error);
    }

    [Fact]
    public void StoresIntoTheSystemAreaAreRefusedAndTheSessionGoesOn()
    {
        var result = StarForthProcess.Run("HERE 0 1000000 MOVE\n0 5242880 ERASE\n$ff HERE 0 FILL\n: SQ DUP * ; 7 SQ . BASE @ . STATE @ . 1 2 + .\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<stdin>:1:16: error: -9 invalid memory address\n<stdin>:2:11: error: -9 invalid memory address\n"
            + "<stdin>:3:12: error: -9 invalid memory address\n", result.Error);
        Assert.Equal("49 10 0 3 ", result.Output);
    }
}
