using System.IO;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using StarForth.Generators;

namespace StarForth.Analyzers.Tests;

/// <summary>Builds analyzer and code-fix tests over a project with stub StarForth types and a words.lock.</summary>
internal static class Verify
{
    public const string LockPath = "words.lock";
    public const string ShippedLockPath = "words.shipped.lock";

    /// <summary>The real WordFlags source (src/StarForth.Contract/WordFlags.cs, embedded by the project file).</summary>
    public static readonly string WordFlagsSource = ReadEmbedded("WordFlags.cs");

    /// <summary>The shapes of StarForth.Vm's ForthWordAttribute, Machine and Registers that the analyzers look at.</summary>
    public const string Stubs = """
        namespace StarForth
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
            public sealed class ForthWordAttribute : System.Attribute
            {
                public ForthWordAttribute(string name, string stackEffect)
                {
                    Name = name;
                    StackEffect = stackEffect;
                }

                public string Name { get; }

                public string StackEffect { get; }

                public WordFlags Flags { get; set; }

                public string Vocabulary { get; set; } = "FORTH";

                public int Id { get; set; } = -1;
            }

            public sealed class CellStack
            {
                public int Depth;

                public void Push(long value) { }

                public long Pop() { return 0; }
            }

            public sealed class Machine
            {
                public readonly CellStack Stack = new CellStack();

                public void Throw(int code) { }
            }

            public struct Registers
            {
                public long Ip;
            }
        }
        """;

    /// <summary>A words.lock: the header, then one line per argument (fields separated by tabs).</summary>
    public static string Lock(params string[] lines) => WordsLock.Header + "\n" + string.Join("\n", lines) + "\n";

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Analyzer<TAnalyzer>(string source, string? lockText, string? shippedLockText = null, string? globalConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
        };
        AddStubs(test.TestState);
        if (lockText != null)
        {
            test.TestState.AdditionalFiles.Add((LockPath, lockText));
        }
        if (shippedLockText != null)
        {
            test.TestState.AdditionalFiles.Add((ShippedLockPath, shippedLockText));
        }
        if (globalConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
        }
        return test;
    }

    public static CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier> CodeFix<TAnalyzer, TFix>(
        string source, string fixedSource, string lockText, string fixedLockText)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
            FixedCode = fixedSource,
        };
        AddStubs(test.TestState);
        test.TestState.AdditionalFiles.Add((LockPath, lockText));
        AddStubs(test.FixedState);
        test.FixedState.AdditionalFiles.Add((LockPath, fixedLockText));
        return test;
    }

    private static void AddStubs(SolutionState state)
    {
        state.Sources.Add(("Stubs.cs", Stubs));
        state.Sources.Add(("WordFlags.cs", WordFlagsSource));
    }

    private static string ReadEmbedded(string name)
    {
        using Stream stream = typeof(Verify).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A DiagnosticResult on a whole 1-based words.lock line of the given length.</summary>
    public static DiagnosticResult OnLockLine(this DiagnosticResult result, int line, int length) =>
        result.WithSpan(LockPath, line, 1, line, 1 + length);
}
