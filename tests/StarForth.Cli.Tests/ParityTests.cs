using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using StarForth.Testing;
using Xunit;

namespace StarForth.Cli.Tests;

public class ParityTests
{
    private static readonly Regex M71a = new(@"^PARITY:M7\.1a word_count=(\d+) here=0x[0-9A-F]+ latest_id=(\d+) hash=0x([0-9A-F]{16})$");
    private static readonly Regex M71b = new(@"^PARITY:M7\.1b tests=(\d+) pass=(\d+) fail=0 skip=(\d+) err=0$");
    private static readonly Regex Window = new(@"^PARITY:WINDOW words_executed=(\d+) hash=0x[0-9A-F]{16}$");

    [Fact]
    public void ParityPrintsThreeLinesIdenticallyOnEveryRun()
    {
        var first = StarForthProcess.Run(null, "--parity");
        var second = StarForthProcess.Run(null, "--parity");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Error);
        string[] lines = first.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(M71a, lines[0]);
        Assert.Matches(M71b, lines[1]);
        Assert.Matches(Window, lines[2]);
        Match tests = M71b.Match(lines[1]);
        Assert.Equal(tests.Groups[1].Value, tests.Groups[2].Value);
        Assert.Equal(first.Output, second.Output);
    }

    /// <summary>Issue 16, determinism: twenty consecutive runs, twenty identical outputs (stderr included).</summary>
    [Fact]
    public void TwentyConsecutiveParityRunsPrintIdenticalLines()
    {
        var first = StarForthProcess.Run(null, "--parity");

        Assert.Equal(0, first.ExitCode);
        for (int run = 2; run <= 20; run++)
        {
            var next = StarForthProcess.Run(null, "--parity");
            Assert.Equal((0, first.Output, first.Error), (next.ExitCode, next.Output, next.Error));
        }
    }

    [Fact]
    public void TheDumpRecomputesToTheParityHash()
    {
        string[] dump = StarForthProcess.Run(null, "--dump-dictionary").Output.TrimEnd('\n').Split('\n');
        Match parity = M71a.Match(StarForthProcess.Run(null, "--parity").Output.Split('\n')[0]);

        Assert.Equal("word_id\tname\tflags\tacl_default\tvocabulary\tentry_hash", dump[0]);
        ulong hash = CanonicalHash.OffsetBasis;
        foreach (string line in dump.Skip(1))
        {
            string[] fields = line.Split('\t');
            byte[] name = Encoding.UTF8.GetBytes(fields[1]);
            var flags = (WordFlags)int.Parse(fields[2][2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            byte acl = byte.Parse(fields[3], CultureInfo.InvariantCulture);
            int wordId = int.Parse(fields[0], CultureInfo.InvariantCulture);
            hash = CanonicalHash.AddHeader(hash, flags, name, acl, wordId);
            ulong entry = CanonicalHash.AddHeader(CanonicalHash.OffsetBasis, flags, name, acl, wordId);
            Assert.Equal($"0x{entry:X16}", fields[5]);
        }

        Assert.Equal(parity.Groups[1].Value, (dump.Length - 1).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(parity.Groups[3].Value, hash.ToString("X16", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheFirst310DumpEntriesAreTheCStarForthBootstrapDictionary()
    {
        string reference = Path.Combine(RepositoryRoot.Path, "tests", "data", "starforth-c-bootstrap-words.tsv");
        string[] expected = File.ReadAllLines(reference).Where(line => line.Length > 0 && char.IsDigit(line[0])).ToArray();
        string[] dump = StarForthProcess.Run(null, "--dump-dictionary").Output.Split('\n').Skip(1).Take(310).ToArray();

        Assert.Equal(310, expected.Length);
        for (int i = 0; i < 310; i++)
        {
            string[] c = expected[i].Split('\t');
            string[] ours = dump[i].Split('\t');
            Assert.Equal(c[0], ours[0]);
            Assert.Equal(c[1], ours[1]);
            Assert.Equal(Convert.ToInt32(c[2], 16), Convert.ToInt32(ours[2], 16) & 0xFF);
            Assert.Equal(i is >= 259 and <= 270 ? "STARFORTH" : "FORTH", ours[4]);
        }
    }

    [Fact]
    public void CompareReportsMatchAndEachDifferingField()
    {
        string parity = StarForthProcess.Run(null, "--parity").Output;
        string same = StarForthProcess.TemporaryFile("a.txt", "boot noise\n" + parity);
        string changed = StarForthProcess.TemporaryFile("b.txt", parity.Replace("latest_id=", "latest_id=9").Replace("err=0", "err=2"));

        var match = StarForthProcess.Run(null, "parity-compare", same, same);
        var mismatch = StarForthProcess.Run(null, "parity-compare", same, changed);

        Assert.Equal(0, match.ExitCode);
        Assert.Equal("PARITY:MATCH\n", match.Output);
        Assert.Equal(1, mismatch.ExitCode);
        string[] lines = mismatch.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("PARITY:MISMATCH", lines[0]);
        Assert.Equal(2, lines.Length - 1);
        Assert.StartsWith("  M7.1a.latest_id: ", lines[1]);
        Assert.Equal("  M7.1b.err: 0 != 2", lines[2]);
    }

    [Fact]
    public void RunTestsPrintsTheSummaryAndPasses()
    {
        var result = StarForthProcess.Run(null, "--run-tests");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^POST: tests=(\d+) pass=\1 fail=0 skip=0 err=0\n$", result.Output);
    }
}
