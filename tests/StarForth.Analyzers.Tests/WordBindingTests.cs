using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1001, SF1002, SF1003, SF1004 (from declarations) and SF1009.</summary>
public class WordBindingTests
{
    private const string DupAndDrop = """
        using StarForth;

        public static class StackWords
        {
            [ForthWord("DROP", "( x -- )")]
            public static void Drop(Machine m) => m.Stack.Pop();

            [{|#0:ForthWord("DUP", "( x -- x x )")|}]
            public static void Dup(Machine m) { }
        }
        """;

    [Fact]
    public async Task MissingLockEntryFiresWithTheNextFreeId()
    {
        var test = Verify.Analyzer<WordBindingAnalyzer>(DupAndDrop, Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tOLD\t0x00\tFORTH\tretired"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingLockEntry).WithLocation(0).WithArguments("DUP", "FORTH", 2));
        await test.RunAsync();
    }

    [Fact]
    public async Task MissingLockEntryIsQuietWhenEveryWordIsLocked()
    {
        await Verify.Analyzer<WordBindingAnalyzer>(DupAndDrop, Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH")).RunAsync();
    }

    [Fact]
    public async Task MissingLockEntryIsQuietWithoutAWordsLock()
    {
        await Verify.Analyzer<WordBindingAnalyzer>(DupAndDrop, lockText: null).RunAsync();
    }

    [Fact]
    public async Task DriftFiresOnTheAttributeWithBothIds()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [{|#0:ForthWord("DUP", "( x -- x x )", Id = 5)|}]
                public static void Dup(Machine m) { }
            }
            """;
        var test = Verify.Analyzer<WordBindingAnalyzer>(source, Verify.Lock("1\tDUP\t0x00\tFORTH", "5\tSWAP\t0x00\tFORTH\tretired"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.WordIdDrift)
            .WithLocation(0).OnLockLine(2, "1\tDUP\t0x00\tFORTH".Length).WithArguments("DUP", 5, 1));
        await test.RunAsync();
    }

    [Fact]
    public async Task DriftIsQuietWhenTheIdAgrees()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [ForthWord("PICK", "( u -- x )", Id = 8)]
                public static void PickFromOne(Machine m) { }

                [ForthWord("PICK", "( u -- x )")]
                public static void Pick(Machine m) { }
            }
            """;
        await Verify.Analyzer<WordBindingAnalyzer>(source, Verify.Lock("8\tPICK\t0x00\tFORTH", "20\tPICK\t0x00\tFORTH\tshadows=8")).RunAsync();
    }

    [Fact]
    public async Task UnboundLockEntryFiresOnTheLockLine()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [ForthWord("DROP", "( x -- )")]
                public static void Drop(Machine m) { }
            }
            """;
        var test = Verify.Analyzer<WordBindingAnalyzer>(source, Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tNIP\t0x00\tSTARFORTH"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnboundLockEntry)
            .OnLockLine(3, "1\tNIP\t0x00\tSTARFORTH".Length).WithArguments(1, "NIP", "STARFORTH"));
        await test.RunAsync();
    }

    [Fact]
    public async Task UnboundLockEntryFiresForEveryIdButIsQuietForRetiredLines()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [ForthWord("NIP", "( x1 x2 -- x2 )")]
                public static void Nip(Machine m) { }
            }
            """;
        string lockText = Verify.Lock("0\tDROP\t0x00\tFORTH", "1\tOVER\t0x00\tFORTH\tretired", "2\tNIP\t0x00\tFORTH");
        var test = Verify.Analyzer<WordBindingAnalyzer>(source, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnboundLockEntry)
            .OnLockLine(2, "0\tDROP\t0x00\tFORTH".Length).WithArguments(0, "DROP", "FORTH"));
        await test.RunAsync();
    }

    [Fact]
    public async Task DuplicateFiresWhenTwoDeclarationsTakeOneEntry()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [{|#1:ForthWord("DUP", "( x -- x x )")|}]
                public static void Dup(Machine m) { }

                [{|#0:ForthWord("DUP", "( x -- x x )")|}]
                public static void DupAgain(Machine m) { }
            }
            """;
        var test = Verify.Analyzer<WordBindingAnalyzer>(source, Verify.Lock("1\tDUP\t0x00\tFORTH"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateWordId)
            .WithLocation(0).WithLocation(1).WithArguments("DUP", 1, "Dup already has it"));
        await test.RunAsync();
    }

    [Fact]
    public async Task DuplicateFiresWhenARetiredIdIsUsedAgain()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [{|#0:ForthWord("DUP", "( x -- x x )", Id = 1)|}]
                public static void Dup(Machine m) { }
            }
            """;
        var test = Verify.Analyzer<WordBindingAnalyzer>(source, Verify.Lock("1\tDUP\t0x00\tFORTH\tretired"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateWordId)
            .WithLocation(0).OnLockLine(2, "1\tDUP\t0x00\tFORTH\tretired".Length).WithArguments("DUP", 1, "it was retired on words.lock line 2"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FlagsDifferFiresWithBothFlags()
    {
        const string source = """
            using StarForth;

            public static class ControlWords
            {
                [{|#0:ForthWord("IF", "( x -- )", Flags = WordFlags.Immediate)|}]
                public static void If(Machine m) { }
            }
            """;
        var test = Verify.Analyzer<WordBindingAnalyzer>(source, Verify.Lock("0\tIF\t0x180\tFORTH"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.FlagsDiffer).WithLocation(0).WithArguments("IF", 0, "0x80", "0x180"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FlagsDifferIsQuietWhenFlagsAgree()
    {
        const string source = """
            using StarForth;

            public static class ControlWords
            {
                [ForthWord("IF", "( x -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
                public static void If(Machine m) { }
            }
            """;
        await Verify.Analyzer<WordBindingAnalyzer>(source, Verify.Lock("0\tIF\t0x180\tFORTH")).RunAsync();
    }
}
