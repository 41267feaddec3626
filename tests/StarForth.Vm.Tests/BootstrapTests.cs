extern alias generators;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using generators::StarForth.Generators;
using StarForth.Testing;
using StarForth.Words;
using Xunit;

namespace StarForth.Vm.Tests;

public class BootstrapTests
{
    /// <summary>The C StarForth's canonical hash of its 310-entry bootstrap dictionary (master 7f95f64e).</summary>
    private const ulong CStarForthBootstrapHash = 0x97B071F049F5DE16UL;

    [Fact]
    public void BootCreatesEveryLockEntryAndThePassesTheSelfCheck()
    {
        using var runner = new ForthRunner();

        Assert.Equal(Machine.BootOk, runner.BootStatus);
        Assert.Equal(GeneratedWordSet.EntryCount, runner.Machine.WordTable.WordCount);
        Assert.Equal(GeneratedWordSet.LatestWordId, runner.Machine.WordTable.LatestWordId);
        Assert.Equal(GeneratedWordSet.HeaderHash, runner.Machine.Dictionary.BootstrapHash);
        Assert.Equal(GeneratedWordSet.HeaderHash, runner.Machine.Dictionary.ComputeHash());
    }

    [Fact]
    public void TheFirst310EntriesHashLikeTheCStarForthDictionary()
    {
        using var runner = new ForthRunner();

        ulong hash = CanonicalHash.OffsetBasis;
        for (int wordId = 0; wordId < 310; wordId++)
        {
            Machine m = runner.Machine;
            hash = CanonicalHash.AddHeader(hash, m.WordTable.FlagsOf(wordId), m.WordTable.NameOf(wordId), m.WordTable.AclDefaultOf(wordId), wordId);
        }

        Assert.Equal(CStarForthBootstrapHash, hash);
    }

    [Fact]
    public void WordIdsEqualTheLock()
    {
        using var runner = new ForthRunner();
        WordsLock wordsLock = ReadLock();

        Assert.Empty(wordsLock.Findings);
        Assert.Equal(wordsLock.Entries.Count, runner.Machine.WordTable.WordCount);
        foreach (LockEntry entry in wordsLock.Entries)
        {
            Assert.Equal(entry.Name, Encoding.UTF8.GetString(runner.Machine.WordTable.NameOf(entry.WordId)));
            Assert.Equal(entry.Flags, (int)runner.Machine.WordTable.FlagsOf(entry.WordId));
            Assert.Equal(Vocabulary.IndexOf(entry.Vocabulary), runner.Machine.WordTable.VocabularyOf(entry.WordId));
        }
    }

    [Fact]
    public void TheShippedBaselineBeginsWithTheCStarForthBootstrapTable()
    {
        string[] cTable = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "starforth-c-bootstrap-words.tsv"))
            .Where(line => line.Length > 0 && char.IsDigit(line[0])).ToArray();
        WordsLock shipped = WordsLock.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, WordsLock.ShippedFileName)));

        Assert.Empty(shipped.Findings);
        Assert.Equal(310, cTable.Length);
        for (int i = 0; i < cTable.Length; i++)
        {
            string[] c = cTable[i].Split('\t');
            LockEntry entry = shipped.Entries[i];
            Assert.Equal(int.Parse(c[0], CultureInfo.InvariantCulture), entry.WordId);
            Assert.Equal(c[1], entry.Name);
            Assert.Equal(Convert.ToInt32(c[2], 16), entry.Flags & 0xFF);
            Assert.Equal(entry.WordId is >= 259 and <= 270 ? "STARFORTH" : "FORTH", entry.Vocabulary);
        }
    }

    [Fact]
    public void ATamperedEntryFailsTheBootstrapSelfCheck()
    {
        using var runner = new ForthRunner(words: new LockWordSet(tamperedWordId: 25));

        Assert.Equal(Machine.BootHashMismatch, runner.BootStatus);
    }

    [Fact]
    public void TheSameEntriesUntamperedPassTheSelfCheck()
    {
        using var runner = new ForthRunner(words: new LockWordSet(tamperedWordId: -1));

        Assert.Equal(Machine.BootOk, runner.BootStatus);
    }

    [Fact]
    public void AWrongCompileTimeHashFailsTheBootstrapSelfCheck()
    {
        using var runner = new ForthRunner(words: new LockWordSet(tamperedWordId: -1, headerHashDelta: 1));

        Assert.Equal(Machine.BootHashMismatch, runner.BootStatus);
    }

    [Fact]
    public void AnArenaBelowTheMinimumIsRefused()
    {
        using var runner = new ForthRunner(arenaSize: 4096);

        Assert.Equal(Machine.BootArenaTooSmall, runner.BootStatus);
    }

    /// <summary>
    /// Builds the bootstrap dictionary straight from words.lock, optionally renaming one entry while still
    /// claiming the lock's hash for it, the way a corrupted table would.
    /// </summary>
    private sealed class LockWordSet : WordSet
    {
        private readonly WordsLock wordsLock = ReadLock();
        private readonly int tamperedWordId;
        private readonly ulong headerHashDelta;
        private readonly GeneratedWordSet engine = new();

        public LockWordSet(int tamperedWordId, ulong headerHashDelta = 0)
        {
            this.tamperedWordId = tamperedWordId;
            this.headerHashDelta = headerHashDelta;
        }

        public override int BootstrapEntryCount => GeneratedWordSet.EntryCount;

        public override int BootstrapLatestWordId => GeneratedWordSet.LatestWordId;

        public override ulong BootstrapHeaderHash => GeneratedWordSet.HeaderHash + headerHashDelta;

        public override void DefineBootstrapWords(Machine machine)
        {
            foreach (LockEntry entry in wordsLock.Entries)
            {
                byte[] name = Encoding.UTF8.GetBytes(entry.Name);
                ulong entryHash = CanonicalHash.AddHeader(CanonicalHash.OffsetBasis, (WordFlags)entry.Flags, name, WordHeader.DefaultAcl, entry.WordId);
                byte[] stored = entry.WordId == tamperedWordId ? Encoding.UTF8.GetBytes("PLUS") : name;
                int vocabulary = Vocabulary.IndexOf(entry.Vocabulary);
                machine.Dictionary.DefineBootstrapWord(entry.WordId, stored, (WordFlags)entry.Flags, vocabulary, implemented: true, entryHash);
            }
        }

        public override WordOperand OperandOf(int wordId) => engine.OperandOf(wordId);

        public override bool IsMachineWord(int wordId) => engine.IsMachineWord(wordId);

        public override int RunInline(InnerInterpreter interpreter, int wordId) => engine.RunInline(interpreter, wordId);

        public override int CallMachineWord(Machine machine, int wordId) => engine.CallMachineWord(machine, wordId);
    }

    private static WordsLock ReadLock() => WordsLock.Read(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, WordsLock.FileName)),
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, WordsLock.ShippedFileName)));
}
