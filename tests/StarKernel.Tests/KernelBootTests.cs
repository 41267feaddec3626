using System;
using System.IO;
using System.Text;
using Xunit;

namespace StarKernel.Tests;

/// <summary>The normal image booted under QEMU + OVMF: boot lines, the Forth lines, and the serial REPL.</summary>
[Collection(QemuCollection.Name)]
public class KernelBootTests
{
    private static readonly string SessionScript = Path.Combine(AppContext.BaseDirectory, "Scripts", "serial-session.fs");

    private static KernelBoot Session => KernelBoot.Normal(File.ReadAllText(SessionScript));

    [Fact]
    public void BootTakesOverTheMachineAndEndsWithThePassStatus()
    {
        KernelBoot boot = Session;

        Assert.Equal(KernelBoot.PassStatus, boot.QemuStatus);
        Assert.Contains("StarKernel: ExitBootServices ok", boot.Log);
        Assert.Contains("StarKernel: IDT loaded; int3 handled 1 time(s)", boot.Log);
        Assert.Matches(@"StarKernel: page allocator: \d+ MiB free", boot.Log);
        Assert.Matches(@"StarKernel: page tables loaded: cr3=0x[0-9A-F]{16}, identity map \d+ MiB in \d+ table pages, page 0 unmapped, NX on", boot.Log);
        Assert.Contains("StarKernel: kernel stack 256 KiB at 0xFFFFA00000000000, guard page below", boot.Log);
        Assert.Contains("StarKernel: arena 5120 KiB mapped read-write, no-execute at 0xFFFF900000000000, guard pages unmapped on both sides", boot.Log);
        Assert.Contains("StarKernel: forth boot status 0", boot.Log);
        Assert.EndsWith("StarKernel: halt\nStarKernel: Main returned 0; exit: pass\n", boot.Log);
    }

    [Fact]
    public void ColonDefinitionsRunAsNativeCodeFromPagesThatAreNeverWritableAndExecutable()
    {
        string log = Session.Log;

        Assert.Contains("StarKernel: native code memory 8192 KiB: written at 0xFFFFB00000000000 (read-write, no-execute), run at 0xFFFFB80000000000 (read, execute)\n", log);
        Assert.Contains("StarKernel: native code memory: every page checked in the page tables, none writable and executable\n", log);
        var compiled = System.Text.RegularExpressions.Regex.Match(log, @"StarKernel: native code: (\d+) definitions compiled, (\d+) bytes");
        Assert.True(compiled.Success, "no native code summary in the log");
        Assert.True(int.Parse(compiled.Groups[1].Value) >= 2, "SQUARE and COUNTDOWN at least run as native code");
    }

    [Fact]
    public void NormalImagePrintsTheHostedDictionaryParityLineAndNoPost()
    {
        string hostedLine = ParityRun.ParityLines(HostedStarforth.RunParity())[0];

        Assert.StartsWith("PARITY:M7.1a ", hostedLine);
        Assert.Equal(new[] { hostedLine }, ParityRun.ParityLines(Session.Log));
        Assert.DoesNotContain("POST", Session.Log);
    }

    [Fact]
    public void TheBootLinesOfForthPrintTheirResults()
    {
        string log = Session.Log;

        Assert.Contains("StarKernel: forth> 2 3 + . CR\n5 \n", log);
        Assert.Contains("StarKernel: forth> : SQUARE DUP * ; 12 SQUARE . CR\n144 \n", log);
        Assert.Contains("StarKernel: forth> : COUNTDOWN 0 5 DO I . -1 +LOOP ; COUNTDOWN CR\n5 4 3 2 1 0 \n", log);
    }

    [Fact]
    public void SerialReplPrintsOkAfterEachGoodLineAndReportsErrorsWithSerialAsTheFile()
    {
        string repl = Session.ReplOutput;

        Assert.StartsWith(" ok\n ok\n ok\n1 4 9 16 25 \n ok\n", repl);
        Assert.Contains("<serial>:12:5: error: -13 undefined word: NO-SUCH-WORD\n0 \n ok\n", repl);
        Assert.Contains("<serial>:14:6: error: -10 division by zero\n", repl);
        Assert.DoesNotContain("not reached", repl);
    }

    [Fact]
    public void SerialReplOutputIsTheHostedStarforthOutputForTheSameScript()
    {
        string hosted = HostedStarforth.RunScript(SessionScript);
        string kernel = Session.ReplOutput.Replace(" ok\n", "").Replace("<serial>:", "<stdin>:");

        Assert.Contains("hello from Forth\n", hosted);
        Assert.Equal(hosted, kernel);
    }

    /// <summary>
    /// Issue 16: Ctrl-C (0x03) on COM1 stops a running word with -28 and the REPL reads on (the inner interpreter
    /// polls the port every few thousand steps); a store into the system area is -9 and the session goes on.
    /// </summary>
    [Fact]
    public void CtrlCStopsARunningWordAndTheSystemAreaRefusesStores()
    {
        KernelBoot boot = KernelBoot.Normal(": L BEGIN AGAIN ;\nL\n\u0003.( after) CR\nHERE 0 1000000 MOVE\n1 2 + . CR\n");

        Assert.Equal(KernelBoot.PassStatus, boot.QemuStatus);
        Assert.Equal(" ok\n<serial>:2:1: error: -28 user interrupt\nafter\n ok\n<serial>:4:16: error: -9 invalid memory address\n3 \n ok\n",
            boot.ReplOutput);
    }

    [Fact]
    public void ForthMemoryGoesBackToThePageAllocatorAfterBye()
    {
        Assert.Matches(@"StarKernel: forth released; (\d+) of \1 pages back \(\d+ page-table pages kept\): all returned", Session.Log);
    }
}
