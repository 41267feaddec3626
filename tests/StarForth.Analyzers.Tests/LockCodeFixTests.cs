using System.Linq;
using System.Threading.Tasks;
using StarForth.Analyzers.CodeFixes;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>The code fixes on words.lock lines: restore shipped lines, give the next free id, retire an entry.</summary>
public class LockCodeFixTests
{
    private const string NoWords = "public static class Empty { }";

    private static readonly string Shipped = Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH", "2\tSWAP\t0x00\tFORTH", "3\tOVER\t0x00\tFORTH");

    [Fact]
    public async Task RestoreTheShippedLineOfAMovedWord()
    {
        string lockText = Verify.Lock("0\tDROP\t0x00\tFORTH", "977\tDUP\t0x00\tFORTH", "2\tSWAP\t0x00\tFORTH", "3\tOVER\t0x00\tFORTH");

        var (diagnostics, fixedLock) = await LockFixRunner.FixAsync<WordsLockFileAnalyzer, RepairLockCodeFix>(NoWords, lockText, Shipped, "SF1012");

        Assert.Equal("SF1012", Assert.Single(diagnostics).Id);
        Assert.Equal(Shipped, fixedLock);
    }

    [Fact]
    public async Task RestoreAWholeRenumberedBlockFromItsSummary()
    {
        string lockText = Verify.Lock("0\tDROP\t0x00\tFORTH", "2\tDUP\t0x00\tFORTH", "3\tSWAP\t0x00\tFORTH", "4\tOVER\t0x00\tFORTH");

        var (diagnostics, fixedLock) = await LockFixRunner.FixAsync<WordsLockFileAnalyzer, RepairLockCodeFix>(NoWords, lockText, Shipped, "SF1013");

        Assert.Equal(new[] { "SF1012", "SF1013" }, diagnostics.Select(d => d.Id).OrderBy(id => id));
        Assert.Equal(Shipped, fixedLock);
    }

    [Fact]
    public async Task RestoreADeletedShippedLine()
    {
        string lockText = Verify.Lock("0\tDROP\t0x00\tFORTH", "2\tSWAP\t0x00\tFORTH", "3\tOVER\t0x00\tFORTH");

        var (_, fixedLock) = await LockFixRunner.FixAsync<WordsLockFileAnalyzer, RepairLockCodeFix>(NoWords, lockText, Shipped, "SF1012");

        Assert.Equal(Shipped, fixedLock);
    }

    [Fact]
    public async Task GiveANewWordOnAShippedIdTheNextFreeId()
    {
        string lockText = Shipped + "3\tTRIPLE\t0x00\tFORTH\n";

        var (diagnostics, fixedLock) = await LockFixRunner.FixAsync<WordsLockFileAnalyzer, RepairLockCodeFix>(NoWords, lockText, Shipped, "SF1004");

        Assert.Equal("Word 'TRIPLE' cannot take word_id 3: it was shipped to 'OVER'; a new word takes the next free id, 4", Assert.Single(diagnostics).GetMessage());
        Assert.Equal(Shipped + "4\tTRIPLE\t0x00\tFORTH\n", fixedLock);
    }

    [Fact]
    public async Task RetireALockEntryThatHasNoMethod()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [ForthWord("DROP", "( x -- )")]
                public static void Drop(Machine m) { }
            }
            """;
        string lockText = Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH\tshadows=0");

        var (_, fixedLock) = await LockFixRunner.FixAsync<WordBindingAnalyzer, RetireLockEntryCodeFix>(source, lockText, null, "SF1003");

        Assert.Equal(Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH\tretired"), fixedLock);
    }
}
