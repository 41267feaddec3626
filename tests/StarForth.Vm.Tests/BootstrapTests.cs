using System;
using System.IO;
using System.Text;
using StarForth.Generators;
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
        WordsLock wordsLock = WordsLock.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "words.lock")));

        Assert.True(wordsLock.IsValid);
        Assert.Equal(wordsLock.Entries.Count, runner.Machine.WordTable.WordCount);
        foreach (LockEntry entry in wordsLock.Entries)
        {
            Assert.Equal(entry.Name, Encoding.UTF8.GetString(runner.Machine.WordTable.NameOf(entry.WordId)));
            Assert.Equal(entry.Flags, (int)runner.Machine.WordTable.FlagsOf(entry.WordId));
            Assert.Equal(DictionaryModel.VocabularyIndex(entry.Vocabulary), runner.Machine.WordTable.VocabularyOf(entry.WordId));
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
        private readonly WordsLock wordsLock = WordsLock.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "words.lock")));
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
                ulong entryHash = CanonicalHash.AddHeader(CanonicalHash.OffsetBasis, (WordFlags)entry.Flags, name, 1, entry.WordId);
                byte[] stored = entry.WordId == tamperedWordId ? Encoding.UTF8.GetBytes("PLUS") : name;
                int vocabulary = DictionaryModel.VocabularyIndex(entry.Vocabulary);
                machine.Dictionary.DefineBootstrapWord(entry.WordId, stored, (WordFlags)entry.Flags, vocabulary, implemented: true, entryHash);
            }
        }

        public override WordOperand OperandOf(int wordId) => engine.OperandOf(wordId);

        public override bool IsMachineWord(int wordId) => engine.IsMachineWord(wordId);

        public override int RunInline(InnerInterpreter interpreter, int wordId) => engine.RunInline(interpreter, wordId);

        public override int CallMachineWord(Machine machine, int wordId) => engine.CallMachineWord(machine, wordId);
    }
}
