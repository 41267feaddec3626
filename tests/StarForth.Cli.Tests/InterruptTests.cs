using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>Issue 16: SIGINT (Ctrl-C) stops a runaway word with -28, reported like any error, and a script then exits 130.</summary>
[Collection(SignalTiming.Name)]
public class InterruptTests
{
    [Fact]
    public void SigintStopsALoopInAFile()
    {
        string file = StarForthProcess.TemporaryFile("loop.fs", ".( started) CR\n: L BEGIN AGAIN ; L\n.( not reached)\n");

        var result = StarForthProcess.Interrupt(null, "started", file);

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("started\n", result.Output);
        AssertInterruptedOnLine($"{file}:2:", result.Error);
    }

    [Fact]
    public void SigintStopsALoopInEvaluatedCode()
    {
        var result = StarForthProcess.Interrupt(null, "started", "-e", ".( started) CR", "-e", "DEFER X ' X IS X X", "-e", ".( not reached)");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("started\n", result.Output);
        AssertInterruptedOnLine("<command line>:2:", result.Error);
    }

    [Fact]
    public void SigintStopsALoopReadFromStdin()
    {
        var result = StarForthProcess.Interrupt(".( started) CR\n: L BEGIN AGAIN ; L\n.( not reached)\n", "started");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("started\n", result.Output);
        AssertInterruptedOnLine("<stdin>:2:", result.Error);
    }

    [Fact]
    public void SigintStopsSpaces()
    {
        var result = StarForthProcess.Interrupt(null, "started", "-e", ".( started) CR 9223372036854775807 SPACES");

        Assert.Equal(130, result.ExitCode);
        Assert.StartsWith("started\n    ", result.Output);
        Assert.Equal("<command line>:1:36: error: -28 user interrupt\n", result.Error);
    }

    [Fact]
    public void SigintStopsRightAlignment()
    {
        var result = StarForthProcess.Interrupt(null, "started", "-e", ".( started) CR 1 $7FFFFFFFFFFFFFFF .R");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("<command line>:1:36: error: -28 user interrupt\n", result.Error);
    }

    [Fact]
    public void SigintStopsALineThatReinterpretsItself()
    {
        var result = StarForthProcess.Interrupt(null, "started", "-e", ".( started) CR", "-e", "0 >IN !");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("started\n", result.Output);
        AssertInterruptedOnLine("<command line>:2:", result.Error);
    }

    [Theory]
    [InlineData(": L BEGIN AGAIN ; L", 19)]
    [InlineData("DEFER X ' X IS X X", 18)]
    [InlineData("0 >IN !", 3)]
    [InlineData("9223372036854775807 SPACES", 21)]
    [InlineData("1 $7FFFFFFFFFFFFFFF .R", 21)]
    public void MaxStepsEndsARunawayProgramWithItsOwnCode(string program, int column)
    {
        var result = StarForthProcess.Run(null, "--max-steps", "1000", "-e", program);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"<command line>:1:{column}: error: -266 step limit reached (--max-steps)\n", result.Error);
    }

    [Fact]
    public void MaxStepsGivesEveryLineTheWholeBudget()
    {
        var result = StarForthProcess.Run(": L BEGIN AGAIN ; L\n: F 0 1000 0 DO I + LOOP ; F .\n", "--max-steps", "2000");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<stdin>:1:19: error: -266 step limit reached (--max-steps)\n", result.Error);
        Assert.Equal("499500 ", result.Output);
    }

    [Fact]
    public void MaxStepsMustBeANumber()
    {
        var result = StarForthProcess.Run(null, "--max-steps", "-5", "-e", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--max-steps must be a number of steps, 0 or more.\n", result.Error);
    }

    /// <summary>The interrupt lands at whichever token of the line is running when the signal comes.</summary>
    private static void AssertInterruptedOnLine(string location, string error)
    {
        Assert.StartsWith(location, error);
        Assert.EndsWith(": error: -28 user interrupt\n", error);
        Assert.Single(error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }
}
