extern alias generators;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StarForth.Generators;

namespace StarForth.Analyzers.Tests;

/// <summary>
/// The real src/StarForth.Words project compiled in memory, as `dotnet build` compiles it: its sources, its words.lock
/// (or a given text in its place), words.shipped.lock, fused-pairs and the POST files, the source generators, then
/// every StarForth analyzer and the compiler's own diagnostics.
/// </summary>
internal static class WordsProject
{
    private static readonly Lazy<(CSharpCompilation Compilation, string Directory)> Sources = new(Load);

    public static string Directory => Sources.Value.Directory;

    public static string LockText => File.ReadAllText(Path.Combine(Directory, WordsLock.FileName));

    /// <summary>
    /// What a build reports with <paramref name="lockText"/> as words.lock: errors, and the SF warnings (errors too in
    /// a build, since warnings are errors in this solution).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> BuildAsync(string lockText)
    {
        (CSharpCompilation compilation, string directory) = Sources.Value;
        var additionalTexts = new List<AdditionalText>
        {
            new FileText(Path.Combine(directory, WordsLock.FileName), lockText),
            Read(Path.Combine(directory, WordsLock.ShippedFileName)),
            Read(Path.Combine(directory, "fused-pairs")),
        };
        additionalTexts.AddRange(System.IO.Directory.GetFiles(directory, "*.fs", SearchOption.AllDirectories).Select(Read));

        var options = new AnalyzerOptions(additionalTexts.ToImmutableArray(), new ProjectOptions());
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[]
            {
                new generators::StarForth.Generators.DictionaryGenerator().AsSourceGenerator(),
                new generators::StarForth.Generators.PostSuiteGenerator().AsSourceGenerator(),
            },
            additionalTexts,
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            options.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        ImmutableArray<DiagnosticAnalyzer> analyzers = typeof(WordsLockFileAnalyzer).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        ImmutableArray<Diagnostic> all = await output.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
        return all.Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("SF", StringComparison.Ordinal)))
            .ToImmutableArray();
    }

    private static (CSharpCompilation, string) Load()
    {
        string directory = Path.Combine(RepositoryRoot(), "src", "StarForth.Words");
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        IEnumerable<SyntaxTree> trees = System.IO.Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path));
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Machine).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "StarForth.Words",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, directory);
    }

    private static AdditionalText Read(string path) => new FileText(path, File.ReadAllText(path));

    private static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory != null && !File.Exists(Path.Combine(directory, "StarForth.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }
        return directory ?? throw new InvalidOperationException("StarForth.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText text;

        public FileText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>
    /// What the project's MSBuild surfaces: StarForthKernelSafe=true (CompilerVisibleProperty) and the POST files'
    /// StarForthPostSuite metadata (CompilerVisibleItemMetadata, from PostSuite.props).
    /// </summary>
    private sealed class ProjectOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Global = new(ImmutableDictionary<string, string>.Empty.Add(StarForthOptions.KernelSafeProperty, "true"));
        private static readonly Options PostFile = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.StarForthPostSuite", "true"));
        private static readonly Options None = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".fs", StringComparison.Ordinal) ? PostFile : None;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> values;

            public Options(ImmutableDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
