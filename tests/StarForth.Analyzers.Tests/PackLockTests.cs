using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using StarForth.Generators;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1020 and the pack line of a word pack's lock (<c>#pack NAME ids=FIRST-LAST</c>).</summary>
public class PackLockTests
{
    private const string NoWords = "public static class Empty { }";
    private const string PackLine = "#pack MyWords ids=1000000-1000999";

    [Fact]
    public async Task AWellFormedPackLockIsQuiet()
    {
        string lockText = Verify.Lock(PackLine, "1000000\tSQUARE\t0x00\tFORTH", "1000001\tCUBE\t0x00\tFORTH");
        await Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText).RunAsync();
        WordsLock read = WordsLock.Parse(lockText);
        Assert.Equal(new LockPack("MyWords", 1000000, 1000999, 1), read.Pack);
        Assert.Equal(1000002, read.NextFreeWordId);
    }

    [Fact]
    public async Task AnEntryOutsideTheRangeFiresOnItsLineAndIsLeftOut()
    {
        string drifted = "1001000\tCUBE\t0x00\tFORTH";
        string lockText = Verify.Lock(PackLine, "1000000\tSQUARE\t0x00\tFORTH", drifted);
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.OutsidePackRange)
            .OnLockLine(4, drifted.Length).OnLockLine(2, PackLine.Length)
            .WithArguments("word 'CUBE' (word_id 1001000)", "1000000-1000999", "pack MyWords owns only those ids"));
        await test.RunAsync();
        Assert.Equal(new[] { "SQUARE" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(WordsLock.Parse(lockText).Entries, entry => entry.Name)));
    }

    [Fact]
    public async Task ARangeInTheCoresIdsFiresOnThePackLine()
    {
        string lowPack = "#pack Low ids=100-199";
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock(lowPack, "100\tSQUARE\t0x00\tFORTH"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.OutsidePackRange)
            .OnLockLine(2, lowPack.Length)
            .WithArguments("pack Low", "100-199", "the core's word_ids are 0-65535; a pack's start at 65536"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AMalformedPackLineIsSF1006AndMakesNoPack()
    {
        string badPack = "#pack MyWords ids=1000999-1000000";
        string lockText = Verify.Lock(badPack, "1000000\tSQUARE\t0x00\tFORTH");
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MalformedLock)
            .OnLockLine(2, badPack.Length).WithArguments("words.lock", 2, "a pack line is '#pack NAME ids=FIRST-LAST' with FIRST <= LAST"));
        await test.RunAsync();
        Assert.Null(WordsLock.Parse(lockText).Pack);
    }
}
