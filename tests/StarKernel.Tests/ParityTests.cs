using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace StarKernel.Tests;

/// <summary>
/// The parity proof: tools/parity runs hosted <c>starforth --parity</c>, boots the test image, and compares the
/// PARITY lines; a primitive broken in the kernel only must show up as a mismatch naming the field.
/// </summary>
[Collection(QemuCollection.Name)]
public class ParityTests
{
    [Fact]
    public void ParityCommandPrintsBothSidesThreeLinesAndMatch()
    {
        ParityRun run = ParityRun.Plain;
        string[] hosted = ParityRun.ParityLines(run.Hosted);
        string[] kernel = ParityRun.ParityLines(run.Serial);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(new[] { "PARITY:M7.1a", "PARITY:M7.1b", "PARITY:WINDOW" }, hosted.Select(line => line.Split(' ')[0]));
        Assert.Equal(hosted, kernel);
        foreach (string line in hosted)
        {
            Assert.Equal(2, Regex.Matches(run.Output, "^  " + Regex.Escape(line) + "$", RegexOptions.Multiline).Count);
        }
        Assert.Contains("\nPARITY:MATCH\n", run.Output);
        Assert.Matches(@"parity: kernel: PARITY lines on serial \d+\.\d s after QEMU started", run.Output);
    }

    [Fact]
    public void TestImagePrintsTheParityLinesRightAfterBootThenServesTheRepl()
    {
        string serial = ParityRun.Plain.Serial;

        Assert.Matches(@"StarKernel: forth boot status 0, dictionary hash 0x[0-9A-F]{16}\nPARITY:M7\.1a [^\n]*\nPARITY:M7\.1b [^\n]*\nPARITY:WINDOW [^\n]*\nStarKernel: POST ", serial);
        Assert.Contains("StarKernel: serial REPL (BYE or Ctrl-D ends it)\n", serial);
    }

    [Fact]
    public void TestImageEndsTheRunAsFailedExactlyWhenHostedParityFails()
    {
        ParityRun run = ParityRun.Plain;
        bool hostedPassed = run.Output.Contains("hosted (starforth --parity, exit 0):");
        bool kernelPassed = run.Output.Contains("(StarKernel.Test.efi on QEMU, exit: pass):");

        Assert.Equal(hostedPassed, kernelPassed);
        Assert.Contains(hostedPassed ? "StarKernel: POST passed; dictionary unchanged\n" : "StarKernel: POST FAILED; its log:\n", run.Serial);
        Assert.EndsWith(hostedPassed ? "Main returned 0; exit: pass\n" : "Main returned 1; exit: fail\n", run.Serial);
    }

    [Fact]
    public void BreakingOnePrimitiveInTheKernelOnlyIsAMismatchNamingTheField()
    {
        ParityRun run = ParityRun.Breaking("ABS");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("StarKernel: parity-break: ABS now does nothing when executed", run.Serial);
        Assert.Matches(@"arithmetic\.fs:\d+: FAIL expected 5, got -5\n", run.Serial);
        Assert.Contains("\nPARITY:MISMATCH\n", run.Output);
        Match pass = Regex.Match(run.Output, @"\n  M7\.1b\.pass: (\d+) != (\d+)\n");
        Assert.True(pass.Success, run.Output);
        Assert.True(int.Parse(pass.Groups[2].Value) < int.Parse(pass.Groups[1].Value));
        Assert.Matches(@"\n  M7\.1b\.fail: \d+ != \d+\n", run.Output);
        Assert.DoesNotContain("M7.1a.", run.Output);
    }
}
