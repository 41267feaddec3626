extern alias generators;

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using generators::StarForth.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace StarForth.Generators.Tests;

/// <summary>
/// The generated code of the real word set (src/StarForth.Words with its words.lock and fused-pairs), one snapshot
/// per file, so that a change in what the generator writes shows in review.
/// </summary>
public class RealWordSetTests
{
    private static readonly string WordsDirectory = typeof(RealWordSetTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "StarForthWordsDirectory").Value!;

    private static readonly Lazy<GeneratorDriverRunResult> Result = new(Generate);

    [Theory]
    [InlineData("WordIds.g.cs")]
    [InlineData("GeneratedWordSet.g.cs")]
    [InlineData("GeneratedWordSet.InnerInterpreter.g.cs")]
    public void GeneratedFileMatchesSnapshot(string hintName)
    {
        GeneratedSourceResult file = Result.Value.Results.Single().GeneratedSources.Single(source => source.HintName == hintName);

        Snapshot.Match(file.SourceText.ToString(), SnapshotNameExtension.Create(hintName));
    }

    private static GeneratorDriverRunResult Generate()
    {
        string[] sources = Directory.GetFiles(WordsDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new DictionaryGenerator().AsSourceGenerator() },
            new AdditionalText[] { InPlace(WordsLock.FileName), InPlace(FusedPairs.FileName) },
            GeneratorFixture.ParseOptions);
        return driver.RunGenerators(GeneratorFixture.Compilation(sources)).GetRunResult();
    }

    private static AdditionalText InPlace(string fileName)
    {
        string path = Path.Combine(WordsDirectory, fileName);
        return new GeneratorFixture.InMemoryAdditionalText(path, File.ReadAllText(path));
    }

    private static bool IsBuildOutput(string path)
    {
        string relative = Path.GetRelativePath(WordsDirectory, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}
