using System;
using System.IO;
using StarForth.Words;

namespace StarForth.Cli;

/// <summary>The non-interactive jobs of the command: the POST, the parity run and the dictionary dump.</summary>
public static class Modes
{
    /// <summary>--run-tests: runs the embedded POST and prints its summary; 0 only when nothing failed.</summary>
    public static int RunTests(ForthSession session, bool verbose)
    {
        Machine m = session.Machine;
        PostSummary summary = PowerOnSelfTest.Run(m);
        PowerOnSelfTest.WriteSummary(m, summary);
        if (verbose)
        {
            PowerOnSelfTest.WriteLog(m);
        }
        m.Output.Flush();
        return summary.Succeeded ? 0 : 1;
    }

    /// <summary>
    /// --parity: with the deterministic clock, prints M7.1a, runs the POST, prints M7.1b and WINDOW, then checks that
    /// the POST left the dictionary exactly as it found it.
    /// </summary>
    public static int Parity(ForthSession session, TextWriter errors)
    {
        Machine m = session.Machine;
        m.Clock.Deterministic = true;
        ParityReport.WriteDictionaryLine(m);
        ParityOutcome outcome = ParityRun.RunPost(m);
        if (!outcome.DictionaryUnchanged)
        {
            DictionaryState before = outcome.Before;
            DictionaryState after = outcome.After;
            errors.WriteLine($"starforth: the POST changed the dictionary: word_count {before.WordCount} -> {after.WordCount}, here 0x{before.Here:X} -> 0x{after.Here:X}, latest_id {before.LatestWordId} -> {after.LatestWordId}, hash 0x{before.Hash:X16} -> 0x{after.Hash:X16}");
        }
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>--dump-dictionary: one tab-separated line per entry, oldest first.</summary>
    public static int DumpDictionary(ForthSession session, TextWriter output)
    {
        Machine m = session.Machine;
        output.WriteLine("word_id\tname\tflags\tacl_default\tvocabulary\tentry_hash");
        for (int wordId = 0; wordId <= m.WordTable.LatestWordId; wordId++)
        {
            if (!m.WordTable.IsWord(wordId))
            {
                continue;
            }
            string name = System.Text.Encoding.UTF8.GetString(m.WordTable.NameOf(wordId));
            string vocabulary = System.Text.Encoding.UTF8.GetString(Vocabulary.Name(m.WordTable.VocabularyOf(wordId)));
            output.WriteLine($"{wordId}\t{name}\t0x{(int)m.WordTable.FlagsOf(wordId):X2}\t{m.WordTable.AclDefaultOf(wordId)}\t{vocabulary}\t0x{m.Dictionary.ComputeEntryHash(wordId):X16}");
        }
        return 0;
    }

    /// <summary>parity-compare A B: compares the PARITY lines of two files.</summary>
    public static int CompareFiles(string left, string right, TextWriter output, TextWriter errors)
    {
        foreach (string path in new[] { left, right })
        {
            if (!File.Exists(path))
            {
                errors.WriteLine($"{path}: error: no such file");
                return 2;
            }
        }
        return ParityComparer.Compare(File.ReadLines(left), File.ReadLines(right), output);
    }
}
