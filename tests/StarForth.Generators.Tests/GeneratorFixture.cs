extern alias generators;

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using generators::StarForth.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace StarForth.Generators.Tests;

/// <summary>A small, fixed set of words and a words.lock for driving the generator directly.</summary>
public static class GeneratorFixture
{
    public const string Lock =
        WordsLock.Header + "\n" +
        "# fixture\n" +
        "0\tDROP\t0x00\tFORTH\n" +
        "1\tDUP\t0x00\tFORTH\n" +
        "2\tMOD\t0x00\tFORTH\n" +
        "3\tMOD\t0x00\tFORTH\tshadows=2\n" +
        "4\tIF\t0x180\tFORTH\n" +
        "5\tEXECUTE\t0x00\tFORTH\n" +
        "6\tS\"\t0x80\tFORTH\n" +
        "7\tENTROPY@\t0x00\tSTARFORTH\n" +
        "8\tGONE\t0x00\tFORTH\tretired\n" +
        "9\tLIT\t0x00\tFORTH\n";

    /// <summary>Every primitive form: machine, stack items (void, tuple, with a Machine), registers.</summary>
    public const string Words = """
        namespace Fixture;

        using System.Runtime.CompilerServices;
        using StarForth;

        public static class FixtureWords
        {
            [ForthWord("DROP", "( x -- )")]
            public static void Drop(long x) { }

            [ForthWord("DUP", "( x -- x x )")]
            public static (long, long) Dup(long x) => (x, x);

            [ForthWord("MOD", "( n1 n2 -- n3 )", Id = 2)]
            [ForthWord("MOD", "( n1 n2 -- n3 )")]
            public static long Mod(Machine m, long n1, long n2)
            {
                if (n2 == 0)
                {
                    m.Throw(ThrowCode.DivisionByZero);
                    return 0;
                }
                return n1 % n2;
            }

            [ForthWord("IF", "( C: -- orig )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
            public static void If(Machine m) { }

            [ForthWord("EXECUTE", "( i*x xt -- j*x )")]
            public static int Execute(Machine m) => (int)m.Stack.Pop();

            [ForthWord("S\"", "( \"ccc<quote>\" -- c-addr u )", Flags = WordFlags.Immediate)]
            public static void SQuote(Machine m) { }

            [ForthWord("LIT", "( -- x )", Operand = WordOperand.Literal)]
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static void Lit(ref Registers r)
            {
                long x = r.NextOperand();
                if (r.Fault == 0)
                {
                    r.Push(x);
                }
            }
        }
        """;

    /// <summary>A fused-pairs file: one pair the fixture can fuse, one naming a machine word (left out), a comment.</summary>
    public const string Pairs = "# fixture\nDUP LIT\nLIT EXECUTE\n";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(params string[] sources)
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new[] { "System.Runtime.dll", "netstandard.dll", "System.Private.CoreLib.dll" }
            .Select(name => MetadataReference.CreateFromFile(Path.Combine(runtimeDirectory, name)))
            .Append(MetadataReference.CreateFromFile(typeof(Machine).Assembly.Location));
        return CSharpCompilation.Create(
            "Fixture",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
    }

    public static GeneratorDriver Driver(string lockText = Lock, string? shippedLockText = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new DictionaryGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText("/fixture/words.lock", lockText), new InMemoryAdditionalText("/fixture/fused-pairs", Pairs) }
                .Concat(shippedLockText == null ? Array.Empty<AdditionalText>() : new[] { new InMemoryAdditionalText("/fixture/words.shipped.lock", shippedLockText) }),
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>All generated files, in hint-name order, as one text.</summary>
    public static string GeneratedText(GeneratorDriverRunResult result) =>
        string.Join("\n", result.Results.SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "// ---- " + s.HintName + "\n" + s.SourceText));

    public static ImmutableArray<Diagnostic> CompileErrors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}
