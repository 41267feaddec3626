using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using StarForth.Analyzers.CodeFixes;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>The three code fixes, before and after, including the edit to words.lock.</summary>
public class CodeFixTests
{
    [Fact]
    public async Task AddLockEntryAppendsTheNextFreeId()
    {
        const string source = """
            using StarForth;

            public static class ControlWords
            {
                [{|#0:ForthWord("AGAIN", "( dest -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly, Vocabulary = "STARFORTH")|}]
                public static void Again(Machine m) { }
            }
            """;
        string lockText = Verify.Lock("0\tDROP\t0x00\tFORTH\tretired", "7\tDUP\t0x00\tFORTH\tretired");
        string fixedLock = lockText + "8\tAGAIN\t0x180\tSTARFORTH\n";
        var test = Verify.CodeFix<WordBindingAnalyzer, AddLockEntryCodeFix>(source, source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), lockText, fixedLock);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingLockEntry).WithLocation(0).WithArguments("AGAIN", "STARFORTH", 8));
        await test.RunAsync();
    }

    [Fact]
    public async Task AddLockEntryEndsAnUnterminatedLastLineFirst()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [{|#0:ForthWord("NIP", "( x1 x2 -- x2 )")|}]
                public static void Nip(Machine m) { }
            }
            """;
        string lockText = Verify.Lock("0\tDROP\t0x00\tFORTH\tretired").TrimEnd('\n');
        string fixedLock = lockText + "\n1\tNIP\t0x00\tFORTH\n";
        var test = Verify.CodeFix<WordBindingAnalyzer, AddLockEntryCodeFix>(source, source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), lockText, fixedLock);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingLockEntry).WithLocation(0).WithArguments("NIP", "FORTH", 1));
        await test.RunAsync();
    }

    [Fact]
    public async Task TakeLockIdRewritesTheAttribute()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [{|#0:ForthWord("DUP", "( x -- x x )", Id = 5)|}]
                public static void Dup(Machine m) { }
            }
            """;
        const string fixedSource = """
            using StarForth;

            public static class StackWords
            {
                [ForthWord("DUP", "( x -- x x )", Id = 1)]
                public static void Dup(Machine m) { }
            }
            """;
        string lockText = Verify.Lock("1\tDUP\t0x00\tFORTH");
        var test = Verify.CodeFix<WordBindingAnalyzer, TakeLockIdCodeFix>(source, fixedSource, lockText, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.WordIdDrift)
            .WithLocation(0).OnLockLine(2, "1\tDUP\t0x00\tFORTH".Length).WithArguments("DUP", 5, 1));
        await test.RunAsync();
    }

    [Fact]
    public async Task TakeLockFlagsWritesWordFlagsNames()
    {
        const string source = """
            using StarForth;

            public static class ControlWords
            {
                [{|#0:ForthWord("IF", "( x -- )", Flags = WordFlags.Immediate)|}]
                public static void If(Machine m) { }
            }
            """;
        const string fixedSource = """
            using StarForth;

            public static class ControlWords
            {
                [ForthWord("IF", "( x -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
                public static void If(Machine m) { }
            }
            """;
        string lockText = Verify.Lock("0\tIF\t0x180\tFORTH");
        var test = Verify.CodeFix<WordBindingAnalyzer, TakeLockFlagsCodeFix>(source, fixedSource, lockText, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.FlagsDiffer).WithLocation(0).WithArguments("IF", 0, "0x80", "0x180"));
        await test.RunAsync();
    }

    [Fact]
    public async Task TakeLockFlagsRemovesFlagsWhenTheLockHasNone()
    {
        const string source = """
            using StarForth;

            public static class StackWords
            {
                [{|#0:ForthWord("DUP", "( x -- x x )", Flags = WordFlags.Hidden)|}]
                public static void Dup(Machine m) { }
            }
            """;
        const string fixedSource = """
            using StarForth;

            public static class StackWords
            {
                [ForthWord("DUP", "( x -- x x )")]
                public static void Dup(Machine m) { }
            }
            """;
        string lockText = Verify.Lock("1\tDUP\t0x00\tFORTH");
        var test = Verify.CodeFix<WordBindingAnalyzer, TakeLockFlagsCodeFix>(source, fixedSource, lockText, lockText);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.FlagsDiffer).WithLocation(0).WithArguments("DUP", 1, "0x40", "0x00"));
        await test.RunAsync();
    }
}
