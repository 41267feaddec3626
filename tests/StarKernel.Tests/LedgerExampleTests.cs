using System.IO;
using Xunit;

namespace StarKernel.Tests;

/// <summary>
/// examples/ledger, a program over four files (nested INCLUDE, locals, a structure, a private word list,
/// ALLOCATE/FREE, [IF] over several lines): `starforth main.fs` prints the expected text, and `tools/parity --files`
/// boots the kernel with the same files on its boot disk (boot.fs includes main.fs), which must print the same.
/// </summary>
[Collection(QemuCollection.Name)]
public sealed class LedgerExampleTests
{
    private const string Expected = "ledger (detailed)\nalice: 100.51\nbob: 35.05\nrefused\n-1 0 \nclosed\nclosed\n";

    private static string Ledger => Path.GetFullPath(Path.Combine(KernelImages.KernelDirectory, "..", "..", "examples", "ledger"));

    [Fact]
    public void TheHostedStarforthRunsTheLedgerFromMainFsAndFromBootFs()
    {
        Assert.Equal(Expected, HostedStarforth.RunFile(Ledger, "main.fs"));
        Assert.Equal(Expected, HostedStarforth.RunFile(Ledger, "boot.fs"));
    }

    [Fact]
    public void TheKernelRunsTheLedgerFromItsBootDiskWithTheHostedOutput()
    {
        ParityRun run = ParityRun.WithFiles(Ledger);

        Assert.Equal(Expected, run.BootHosted);
        Assert.Equal(Expected, run.BootKernel);
        Assert.Contains("StarKernel: boot.fs ended after 2 line(s)", run.Serial);
        Assert.Contains("parity: boot.fs: the kernel's output equals the hosted run's", run.Output);
        Assert.Contains("PARITY:MATCH", run.Output);
        Assert.Equal(0, run.ExitCode);
    }
}
