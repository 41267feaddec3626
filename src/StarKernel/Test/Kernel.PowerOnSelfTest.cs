using StarForth;
using StarForth.Words;
using StarKernel.Platform;
using StarKernel.Test;

namespace StarKernel;

/// <summary>
/// The test image's half of the parity run: hosted <c>starforth --parity</c> does the same after its M7.1a line
/// (StarForth.Cli's <c>Modes.Parity</c>), with the same shared <see cref="PowerOnSelfTest"/> and <see cref="ParityReport"/>.
/// A failed POST or a changed dictionary does not stop the machine: the REPL still runs, and the run ends as failed.
/// </summary>
internal static partial class Kernel
{
    static partial void ChooseWordSet(ref WordSet words) => words = ParityBreak.Wrap(words);

    static partial void RunPowerOnSelfTest(Machine machine)
    {
        machine.DeterministicClock = true;
        int wordCount = machine.WordCount;
        long here = machine.Here;
        int latest = machine.LatestWordId;
        ulong hash = machine.ComputeDictionaryHash();
        ParityBreak.Arm(machine);

        PostSummary summary = PowerOnSelfTest.Run(machine);
        ParityReport.WriteTestLine(machine, summary.Tests, summary.Passed, summary.Failed, summary.Skipped, summary.Errors);
        ParityReport.WriteWindowLine(machine);
        machine.Flush();
        machine.DeterministicClock = false;

        bool unchanged = wordCount == machine.WordCount && here == machine.Here && latest == machine.LatestWordId
            && hash == machine.ComputeDictionaryHash();
        if (!summary.Succeeded)
        {
            RecordFailedCheck();
            KernelLog.WriteLine("StarKernel: POST FAILED; its log:");
            PowerOnSelfTest.WriteLog(machine);
            machine.Flush();
        }
        if (!unchanged)
        {
            RecordFailedCheck();
            KernelLog.Write("StarKernel: the POST changed the dictionary: word_count ");
            KernelLog.WriteDecimal((ulong)wordCount);
            KernelLog.Write(" -> ");
            KernelLog.WriteDecimal((ulong)machine.WordCount);
            KernelLog.Write(", here ");
            KernelLog.WriteHex((ulong)here);
            KernelLog.Write(" -> ");
            KernelLog.WriteHex((ulong)machine.Here);
            KernelLog.Write(", latest_id ");
            KernelLog.WriteDecimal((ulong)latest);
            KernelLog.Write(" -> ");
            KernelLog.WriteDecimal((ulong)machine.LatestWordId);
            KernelLog.WriteLine("");
        }
        if (summary.Succeeded && unchanged)
        {
            KernelLog.WriteLine("StarKernel: POST passed; dictionary unchanged");
        }
    }
}
