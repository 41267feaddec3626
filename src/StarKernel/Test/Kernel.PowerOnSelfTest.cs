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
        machine.Clock.Deterministic = true;
        ParityBreak.Arm(machine);
        ParityOutcome outcome = ParityRun.RunPost(machine);
        machine.Clock.Deterministic = false;
        PostSummary summary = outcome.Summary;
        DictionaryState before = outcome.Before;
        DictionaryState after = outcome.After;
        bool unchanged = outcome.DictionaryUnchanged;
        if (!summary.Succeeded)
        {
            RecordFailedCheck();
            KernelLog.WriteLine("StarKernel: POST FAILED; its log:");
            PowerOnSelfTest.WriteLog(machine);
            machine.Output.Flush();
        }
        if (!unchanged)
        {
            RecordFailedCheck();
            KernelLog.Write("StarKernel: the POST changed the dictionary: word_count ");
            KernelLog.WriteDecimal((ulong)before.WordCount);
            KernelLog.Write(" -> ");
            KernelLog.WriteDecimal((ulong)after.WordCount);
            KernelLog.Write(", here ");
            KernelLog.WriteHex((ulong)before.Here);
            KernelLog.Write(" -> ");
            KernelLog.WriteHex((ulong)after.Here);
            KernelLog.Write(", latest_id ");
            KernelLog.WriteDecimal((ulong)before.LatestWordId);
            KernelLog.Write(" -> ");
            KernelLog.WriteDecimal((ulong)after.LatestWordId);
            KernelLog.WriteLine("");
        }
        if (summary.Succeeded && unchanged)
        {
            KernelLog.WriteLine("StarKernel: POST passed; dictionary unchanged");
        }
    }
}
