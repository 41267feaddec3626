using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StarForth.Generators;

namespace StarForth.Benchmarks;

/// <summary>The source generator over 1,000 synthetic words: a full run, and the incremental run after editing one body.</summary>
public class GeneratorBenchmarks
{
    private const int WordCount = 1000;
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private CSharpCompilation compilation = null!;
    private CSharpCompilation edited = null!;
    private GeneratorDriver warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var words = new StringBuilder("namespace Synthetic;\nusing StarForth;\npublic static class Words\n{\n");
        var wordsLock = new StringBuilder(WordsLock.Header + "\n");
        for (int i = 0; i < WordCount; i++)
        {
            words.Append($"    [ForthWord(\"W{i}\", \"( n -- n )\")] public static void W{i}(Machine m) => m.Stack.Poke(0, m.Stack.Peek() + {i});\n");
            wordsLock.Append($"{i}\tW{i}\t0x00\tFORTH\n");
        }
        words.Append("}\n");
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        MetadataReference[] references = new[] { "System.Runtime.dll", "System.Private.CoreLib.dll" }
            .Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(runtime, name)))
            .Append(MetadataReference.CreateFromFile(typeof(Machine).Assembly.Location))
            .ToArray();
        SyntaxTree tree = CSharpSyntaxTree.ParseText(words.ToString(), ParseOptions);
        compilation = CSharpCompilation.Create("Synthetic", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(words.ToString().Replace("m.Stack.Peek() + 7;", "m.Stack.Peek() + 7 + 0;"), ParseOptions));
        lockText = new LockText(wordsLock.ToString());
        warmDriver = NewDriver().RunGenerators(compilation);
    }

    private LockText lockText = null!;

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new DictionaryGenerator().AsSourceGenerator() }, new AdditionalText[] { lockText }, ParseOptions);

    [Benchmark(Description = "generate from scratch (1,000 words)")]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(compilation);

    [Benchmark(Description = "regenerate after editing one body")]
    public GeneratorDriver IncrementalRun() => warmDriver.RunGenerators(edited);

    private sealed class LockText : AdditionalText
    {
        private readonly SourceText text;

        public LockText(string content) => text = SourceText.From(content);

        public override string Path => "/synthetic/words.lock";

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
