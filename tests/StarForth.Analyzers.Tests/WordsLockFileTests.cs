using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using StarForth.Generators;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1004 (inside the lock), SF1005 and SF1006: words.lock on its own.</summary>
public class WordsLockFileTests
{
    private const string NoWords = "public static class Empty { }";

    [Fact]
    public async Task MalformedLineFiresOnThatLine()
    {
        string badLine = "1\tDUP\t80\tFORTH";
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock("0\tDROP\t0x00\tFORTH", badLine));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MalformedLock)
            .OnLockLine(3, badLine.Length).WithArguments("words.lock", 3, "flags '80' are not a hex number like 0x80"));
        await test.RunAsync();
    }

    [Fact]
    public async Task MalformedHeaderFiresAndSkipsEveryOtherLockCheck()
    {
        // The duplicate name below would be SF1005, and DUP's missing entry SF1001, if the file parsed.
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [ForthWord("DUP", "( x -- x x )")]
                public static void Dup(Machine m) { }
            }
            """;
        string lockText = "#words.lock format=0\n0\tDROP\t0x00\tFORTH\n1\tDROP\t0x00\tFORTH\n";
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(source, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MalformedLock)
            .OnLockLine(1, "#words.lock format=0".Length).WithArguments("words.lock", 1, "the first line must be the header '" + WordsLock.Header + "'"));
        await test.RunAsync();
        await Verify.Analyzer<WordBindingAnalyzer>(source, lockText).RunAsync();
    }

    [Fact]
    public async Task MalformedIsQuietForAWellFormedLock()
    {
        string lockText = Verify.Lock("# a comment", "0\tDROP\t0x00\tFORTH", "", "1\tDUP\t0x00\tSTARFORTH\tretired", "2\tMOD\t0x00\tFORTH");
        await Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, lockText).RunAsync();
    }

    [Fact]
    public async Task DuplicateIdInTheLockFiresWithTheFirstLine()
    {
        string first = "1\tDUP\t0x00\tFORTH";
        string duplicate = "1\tNIP\t0x00\tFORTH";
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock("0\tDROP\t0x00\tFORTH", first, duplicate));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateWordId)
            .OnLockLine(4, duplicate.Length).OnLockLine(3, first.Length)
            .WithArguments("NIP", 1, "words.lock line 3 already gives it to 'DUP'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task ReusedRetiredIdInTheLockFires()
    {
        string retired = "1\tDUP\t0x00\tFORTH\tretired";
        string reused = "1\tDUP\t0x00\tFORTH";
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock(retired, reused));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateWordId)
            .OnLockLine(3, reused.Length).OnLockLine(2, retired.Length)
            .WithArguments("DUP", 1, "it was retired on words.lock line 2"));
        await test.RunAsync();
    }

    [Fact]
    public async Task DuplicateIdIsQuietWhenARetiredNameComesBackUnderANewId()
    {
        await Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock("1\tDUP\t0x00\tFORTH\tretired", "2\tDUP\t0x00\tFORTH")).RunAsync();
    }

    [Fact]
    public async Task UnmarkedShadowingFiresOnTheLaterLine()
    {
        string first = "29\tMOD\t0x00\tFORTH";
        string later = "64\tMOD\t0x00\tFORTH";
        var test = Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock(first, "30\tMOD\t0x00\tSTARFORTH", later));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnmarkedShadowing)
            .OnLockLine(4, later.Length).OnLockLine(2, first.Length).WithArguments("MOD", "FORTH", 64, 29));
        await test.RunAsync();
    }

    [Fact]
    public async Task UnmarkedShadowingIsQuietWithAShadowsMarker()
    {
        await Verify.Analyzer<WordsLockFileAnalyzer>(NoWords, Verify.Lock("29\tMOD\t0x00\tFORTH", "64\tMOD\t0x00\tFORTH\tshadows=29")).RunAsync();
    }
}
