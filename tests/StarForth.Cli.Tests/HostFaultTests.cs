using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>Issue 16: what the host does to starforth (refused reads and writes, closed streams) gives one message, never a .NET trace.</summary>
public class HostFaultTests
{
    [Fact]
    public void StdinFromADirectoryIsOneMessageAndStatusTwo()
    {
        string directory = StarForthProcess.TemporaryDirectory();

        var result = StarForthProcess.RunRedirected($"< '{directory}'");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("starforth: cannot read <stdin>: Is a directory\n", result.Error);
    }

    [Fact]
    public void ASourceTheSystemCannotReadIsOneMessage()
    {
        var result = StarForthProcess.Run(null, "/proc/self/mem");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("starforth: cannot read /proc/self/mem: Input/output error\n", result.Error);
    }

    [Fact]
    public void AFullStdoutIsOneMessage()
    {
        var result = StarForthProcess.RunRedirected("> /dev/full", "-e", "1 2 + . CR");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("starforth: cannot write <stdout>: No space left on device\n", result.Error);
    }

    [Fact]
    public void AFullStdoutStopsARunawayPrintingLoop()
    {
        var result = StarForthProcess.RunRedirected("> /dev/full", "-e", ": L BEGIN 1 . AGAIN ; L");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("starforth: cannot write <stdout>: No space left on device\n", result.Error);
    }

    [Fact]
    public void AClosedStdoutIsOneMessage()
    {
        var result = StarForthProcess.RunRedirected(">&-", "-e", "1 2 + . CR");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("starforth: cannot write <stdout>: Bad file descriptor\n", result.Error);
    }

    [Fact]
    public void ABlockFileTheSystemRefusesIsAForthErrorWithoutATrace()
    {
        var result = StarForthProcess.Run(null, "--blocks", "/proc/self/mem", "-e", "1 BLOCK . UPDATE FLUSH");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<command line>:1:18: error: -34 block write exception\n", result.Error);
    }

    [Fact]
    public void AClosedStderrDoesNotAbort()
    {
        var result = StarForthProcess.RunRedirected("2>&-", "-e", "NOSUCH");

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void AClosedStdinIsTheEndOfInputNotAWaitingRepl()
    {
        var result = StarForthProcess.RunRedirected("<&-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void AnUnknownOptionIsRejectedWithTheUsage()
    {
        var result = StarForthProcess.Run(null, "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Unrecognized command or argument '--bogus'.\n", result.Error);
        Assert.Contains("Usage:\n  starforth [<FILE>...] [command] [options]", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void AcceptAndKeyPastTheEndOfStdinEndCleanly()
    {
        var result = StarForthProcess.Run("PAD 80 ACCEPT . PAD 80 ACCEPT . KEY .\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("0 0 ", result.Output);
        Assert.Equal("<stdin>:1:33: error: -39 unexpected end of file\n", result.Error);
    }
}
