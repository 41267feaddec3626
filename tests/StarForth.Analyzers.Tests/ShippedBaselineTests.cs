using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1004, SF1006, SF1012 and SF1013: words.lock against words.shipped.lock, one diagnostic per mistake.</summary>
public class ShippedBaselineTests
{
    private const string NoWords = "public static class Empty { }";

    private static readonly string[] ShippedLines =
    {
        "0\tDROP\t0x00\tFORTH",
        "1\tDUP\t0x00\tFORTH",
        "2\tSWAP\t0x00\tFORTH",
        "3\tOVER\t0x00\tFORTH",
        "4\tROT\t0x00\tFORTH",
        "5\tIF\t0x180\tFORTH",
    };

    private static readonly string Shipped = Verify.Lock(ShippedLines);

    [Fact]
    public async Task AppendedEntriesAndRetiredShippedEntriesAreQuiet()
    {
        string lockText = Verify.Lock(
            "0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH\tretired", "2\tSWAP\t0x00\tFORTH", "3\tOVER\t0x00\tFORTH",
            "4\tROT\t0x00\tFORTH", "5\tIF\t0x80\tFORTH", "6\tNIP\t0x00\tFORTH", "7\tTUCK\t0x00\tFORTH");
        await Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText, Shipped).RunAsync();
    }

    [Fact]
    public async Task AnIdEditedInPlaceIsOneErrorNamingTheWord()
    {
        string moved = "977\tDUP\t0x00\tFORTH";
        string lockText = Verify.Lock(ShippedLines[0], moved, ShippedLines[2], ShippedLines[3], ShippedLines[4], ShippedLines[5]);
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText, Shipped);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ShippedEntryChanged)
            .OnLockLine(3, moved.Length).WithArguments("DUP", 1, "words.lock now gives it word_id 977"));
        await test.RunAsync();
    }

    [Fact]
    public async Task WithoutABaselineAnIdEditedInPlaceIsStillOneError()
    {
        string moved = "977\tDUP\t0x00\tFORTH";
        string lockText = Verify.Lock(ShippedLines[0], moved, ShippedLines[2], ShippedLines[3], ShippedLines[4], ShippedLines[5]);
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MalformedLock)
            .OnLockLine(3, moved.Length).WithArguments("words.lock", 3, "'DUP' (word_id 977) is out of order: ids only grow down the file"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AnInsertedAndRenumberedBlockIsTheInsertionTheFirstMovedWordAndOneSummary()
    {
        string lockText = Verify.Lock(
            "0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH", "2\tTRIPLE\t0x00\tFORTH", "3\tSWAP\t0x00\tFORTH",
            "4\tOVER\t0x00\tFORTH", "5\tROT\t0x00\tFORTH", "6\tIF\t0x180\tFORTH");
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText, Shipped);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateWordId)
            .OnLockLine(4, "2\tTRIPLE\t0x00\tFORTH".Length)
            .WithArguments("TRIPLE", 2, "it was shipped to 'SWAP'; a new word takes the next free id, 6"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ShippedEntryChanged)
            .OnLockLine(5, "3\tSWAP\t0x00\tFORTH".Length).WithArguments("SWAP", 2, "words.lock now gives it word_id 3"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ShippedEntriesChanged)
            .OnLockLine(8, "6\tIF\t0x180\tFORTH".Length).WithSpan(Verify.LockPath, 5, 1, 5, 1 + "3\tSWAP\t0x00\tFORTH".Length)
            .WithArguments(3, "SWAP", 3, 5, "moved by +1 too"));
        await test.RunAsync();
    }

    [Fact]
    public async Task ADeletedShippedLineIsReportedWhereItStood()
    {
        string lockText = Verify.Lock(ShippedLines[0], ShippedLines[1], ShippedLines[3], ShippedLines[4], ShippedLines[5]);
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText, Shipped);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ShippedEntryChanged)
            .OnLockLine(4, ShippedLines[3].Length)
            .WithArguments("SWAP", 2, "its line was deleted (a word is retired by ending its line with 'retired', never by deleting the line)"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("1\tDUP\t0x80\tFORTH", "its flags changed from 0x00 to 0x80 (the low byte is part of the canonical hash)")]
    [InlineData("1\tDUP\t0x00\tSTARFORTH", "its vocabulary changed from FORTH to STARFORTH")]
    [InlineData("1\tDUPE\t0x00\tFORTH", "words.lock now gives that word_id to 'DUPE'")]
    public async Task AShippedEntryChangedInPlaceIsOneError(string changed, string how)
    {
        string lockText = Verify.Lock(ShippedLines[0], changed, ShippedLines[2], ShippedLines[3], ShippedLines[4], ShippedLines[5]);
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText, Shipped);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ShippedEntryChanged)
            .OnLockLine(3, changed.Length).WithArguments("DUP", 1, how));
        await test.RunAsync();
    }

    [Fact]
    public async Task ANewLineAmongTheShippedOnesIsMalformed()
    {
        string among = "6\tNIP\t0x00\tFORTH";
        string lockText = Verify.Lock(ShippedLines[0], among, ShippedLines[1], ShippedLines[2], ShippedLines[3], ShippedLines[4], ShippedLines[5]);
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText, Shipped);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MalformedLock)
            .OnLockLine(3, among.Length)
            .WithArguments("words.lock", 3, "'NIP' (word_id 6) is not shipped yet but stands among the shipped lines; new lines go at the end"));
        await test.RunAsync();
    }

    [Fact]
    public async Task ADamagedBaselineIsReportedOnItsOwnLine()
    {
        string shipped = Verify.Lock("0\tDROP\t0x00\tFORTH", "0\tDUP\t0x00\tFORTH");
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH"), shipped);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MalformedLock)
            .WithSpan(Verify.ShippedLockPath, 3, 1, 3, 1 + "0\tDUP\t0x00\tFORTH".Length)
            .WithArguments("words.shipped.lock", 3, "word_id 0 does not follow 0: ids only grow down the file"));
        await test.RunAsync();
    }
}
