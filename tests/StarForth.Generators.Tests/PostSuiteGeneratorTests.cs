extern alias generators;

using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using generators::StarForth.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace StarForth.Generators.Tests;

public class PostSuiteGeneratorTests
{
    [Fact]
    public void MarkedFilesAreEmbeddedInFileNameOrderAndOthersAreNot()
    {
        AdditionalText[] files =
        {
            new GeneratorFixture.InMemoryAdditionalText("/words/Stack/stack.fs", "T{ 1 DUP -> 1 1 }T\n"),
            new GeneratorFixture.InMemoryAdditionalText("/words/Arithmetic/arithmetic.fs", "T{ 1 2 + -> 3 }T\n"),
            new GeneratorFixture.InMemoryAdditionalText("/examples/demo.fs", "1 .\n"),
        };

        string? suite = Run(files, "/words/Stack/stack.fs", "/words/Arithmetic/arithmetic.fs");

        Assert.NotNull(suite);
        Assert.Contains("public const int FileCount = 2;", suite);
        Assert.Contains("case 0: return \"arithmetic.fs\"u8;", suite);
        Assert.Contains("case 1: return \"stack.fs\"u8;", suite);
        Assert.Contains("\"T{ 1 2 + -> 3 }T\\n\"u8;", suite);
        Assert.DoesNotContain("demo.fs", suite);
    }

    [Fact]
    public void NoMarkedFileEmitsNothing()
    {
        AdditionalText[] files = { new GeneratorFixture.InMemoryAdditionalText("/post/stack.fs", "T{ 1 -> 1 }T\n") };

        Assert.Null(Run(files));
    }

    /// <summary>PostSuite.g.cs from a run over <paramref name="files"/>, the ones in <paramref name="marked"/> marked as POST files.</summary>
    private static string? Run(AdditionalText[] files, params string[] marked)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PostSuiteGenerator().AsSourceGenerator() },
            files,
            GeneratorFixture.ParseOptions,
            new MarkedFiles(marked));
        GeneratorDriverRunResult result = driver.RunGenerators(GeneratorFixture.Compilation()).GetRunResult();
        return result.Results.Single().GeneratedSources.SingleOrDefault(source => source.HintName == "PostSuite.g.cs").SourceText?.ToString();
    }

    /// <summary>What PostSuite.props tells the compiler: the StarForthPostSuite metadata on the marked files.</summary>
    private sealed class MarkedFiles : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> paths;

        public MarkedFiles(string[] paths) => this.paths = new HashSet<string>(paths);

        public override AnalyzerConfigOptions GlobalOptions => FileOptions.Unmarked;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => FileOptions.Unmarked;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            paths.Contains(textFile.Path) ? FileOptions.Marked : FileOptions.Unmarked;
    }

    private sealed class FileOptions : AnalyzerConfigOptions
    {
        public static readonly FileOptions Marked = new(true);
        public static readonly FileOptions Unmarked = new(false);

        private readonly bool marked;

        private FileOptions(bool marked) => this.marked = marked;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = marked && key == "build_metadata.AdditionalFiles." + PostFile.MetadataName ? "true" : null;
            return value != null;
        }
    }
}
