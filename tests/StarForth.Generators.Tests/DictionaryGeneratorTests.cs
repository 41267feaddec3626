extern alias generators;

using System.Linq;
using generators::StarForth.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Snapshooter.Xunit;
using Xunit;

namespace StarForth.Generators.Tests;

public class DictionaryGeneratorTests
{
    [Fact]
    public void GeneratedSourceMatchesSnapshot()
    {
        GeneratorDriver driver = GeneratorFixture.Driver().RunGenerators(GeneratorFixture.Compilation(GeneratorFixture.Words));

        Snapshot.Match(GeneratorFixture.GeneratedText(driver.GetRunResult()));
    }

    [Fact]
    public void GeneratedSourceCompilesWithTheWords()
    {
        CSharpCompilation compilation = GeneratorFixture.Compilation(GeneratorFixture.Words);

        GeneratorFixture.Driver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(GeneratorFixture.CompileErrors(output));
        Assert.Equal(3, output.SyntaxTrees.Count() - compilation.SyntaxTrees.Count());
    }

    [Fact]
    public void IdsComeFromTheLockAndTheShadowedEntryNeedsAnExplicitId()
    {
        GeneratorDriverRunResult result = GeneratorFixture.Driver().RunGenerators(GeneratorFixture.Compilation(GeneratorFixture.Words)).GetRunResult();
        string wordIds = result.Results.Single().GeneratedSources.Single(s => s.HintName == "WordIds.g.cs").SourceText.ToString();

        Assert.Contains("public const int Mod = 3;", wordIds);
        Assert.Contains("public const int Mod_2 = 2;", wordIds);
        Assert.Contains("public const int Execute = 5;", wordIds);
    }

    [Fact]
    public void RetiredEntriesAreNotCreatedAndUnimplementedOnesAre()
    {
        GeneratorDriverRunResult result = GeneratorFixture.Driver().RunGenerators(GeneratorFixture.Compilation(GeneratorFixture.Words)).GetRunResult();
        string table = result.Results.Single().GeneratedSources.Single(s => s.HintName == "GeneratedWordSet.g.cs").SourceText.ToString();

        Assert.Contains("public const int EntryCount = 9;", table);
        Assert.Contains("public const int LatestWordId = 9;", table);
        Assert.Contains("case 9: // LIT\n                return global::StarForth.WordOperand.Literal;", table);
        Assert.DoesNotContain("GONE", table);
        Assert.Contains("DefineBootstrapWord(7, \"ENTROPY@\"u8, global::StarForth.WordFlags.None, global::StarForth.Vocabulary.StarForth, implemented: false", table);
    }

    [Fact]
    public void HeaderHashIsFnv1aOverTheCanonicalFields()
    {
        GeneratorDriverRunResult result = GeneratorFixture.Driver().RunGenerators(GeneratorFixture.Compilation(GeneratorFixture.Words)).GetRunResult();
        string table = result.Results.Single().GeneratedSources.Single(s => s.HintName == "GeneratedWordSet.g.cs").SourceText.ToString();

        ulong expected = CanonicalHash.OffsetBasis;
        (string Name, WordFlags Flags)[] entries =
        {
            ("DROP", 0), ("DUP", 0), ("MOD", 0), ("MOD", 0), ("IF", WordFlags.Immediate | WordFlags.CompileOnly),
            ("EXECUTE", 0), ("S\"", WordFlags.Immediate), ("ENTROPY@", 0), ("GONE", 0), ("LIT", 0),
        };
        for (int id = 0; id < entries.Length; id++)
        {
            if (entries[id].Name != "GONE")
            {
                expected = CanonicalHash.AddHeader(expected, entries[id].Flags, System.Text.Encoding.ASCII.GetBytes(entries[id].Name), 1, id);
            }
        }

        Assert.Contains($"public const ulong HeaderHash = 0x{expected:X16}UL;", table);
    }

    [Fact]
    public void ABrokenLockStillEmitsTheEntriesItCouldReadAndTheyCompile()
    {
        string broken = GeneratorFixture.Lock.Replace("1\tDUP\t0x00\tFORTH\n", "1\tDUP\t80\tFORTH\n").Replace("5\tEXECUTE", "50\tEXECUTE");
        CSharpCompilation compilation = GeneratorFixture.Compilation(GeneratorFixture.Words);

        GeneratorFixture.Driver(broken).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);
        string wordIds = output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("WordIds.g.cs", System.StringComparison.Ordinal)).ToString();

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(GeneratorFixture.CompileErrors(output));
        Assert.Contains("public const int Drop = 0;", wordIds);
        Assert.Contains("public const int Lit = 9;", wordIds);
        Assert.DoesNotContain(" Dup ", wordIds);
        Assert.DoesNotContain(" Execute ", wordIds);
    }

    [Fact]
    public void AShippedIdEditedInTheLockIsEmittedAsShipped()
    {
        string edited = GeneratorFixture.Lock.Replace("1\tDUP\t0x00\tFORTH\n", "977\tDUP\t0x00\tFORTH\n");

        GeneratorDriverRunResult result = GeneratorFixture.Driver(edited, shippedLockText: GeneratorFixture.Lock)
            .RunGenerators(GeneratorFixture.Compilation(GeneratorFixture.Words)).GetRunResult();
        string wordIds = result.Results.Single().GeneratedSources.Single(s => s.HintName == "WordIds.g.cs").SourceText.ToString();

        Assert.Contains("public const int Dup = 1;", wordIds);
    }

    [Fact]
    public void NoLockEmitsNothing()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new DictionaryGenerator().AsSourceGenerator())
            .RunGenerators(GeneratorFixture.Compilation(GeneratorFixture.Words));

        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);
    }

    [Fact]
    public void EditingAPrimitiveBodyLeavesTheTableCached()
    {
        CSharpCompilation compilation = GeneratorFixture.Compilation(GeneratorFixture.Words);
        GeneratorDriver driver = GeneratorFixture.Driver().RunGenerators(compilation);

        SyntaxTree original = compilation.SyntaxTrees.Single();
        SyntaxTree edited = CSharpSyntaxTree.ParseText(
            GeneratorFixture.Words.Replace("public static (long, long) Dup(long x) => (x, x);", "public static (long, long) Dup(long x) { long copy = x; return (x, copy); }"),
            GeneratorFixture.ParseOptions);
        GeneratorDriverRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(original, edited)).GetRunResult();

        IncrementalGeneratorRunStep dictionary = result.Results.Single().TrackedSteps[TrackingNames.Dictionary].Single();
        Assert.All(dictionary.Outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        IncrementalGeneratorRunStep all = result.Results.Single().TrackedSteps[TrackingNames.AllDeclarations].Single();
        Assert.All(all.Outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(result.Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void FusedPairsBecomeDirectJumpsBetweenInlineWordsOnly()
    {
        GeneratorDriverRunResult result = GeneratorFixture.Driver().RunGenerators(GeneratorFixture.Compilation(GeneratorFixture.Words)).GetRunResult();
        string run = result.Results.Single().GeneratedSources.Single(s => s.HintName == "GeneratedWordSet.InnerInterpreter.g.cs").SourceText.ToString();

        Assert.Contains("if (r.NextCellIs(9)) // fused pair: DUP LIT", run);
        Assert.Contains("goto case 9;", run);
        Assert.DoesNotContain("fused pair: LIT EXECUTE", run); // EXECUTE works on the machine: not inline
        Assert.Contains("case 5: // EXECUTE", run.Substring(run.IndexOf("CallMachineWord(global::StarForth.Machine machine", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void AddingAWordRegeneratesTheTable()
    {
        CSharpCompilation compilation = GeneratorFixture.Compilation(GeneratorFixture.Words);
        GeneratorDriver driver = GeneratorFixture.Driver().RunGenerators(compilation);

        const string extra = """
            namespace Fixture;
            public static class MoreWords
            {
                [StarForth.ForthWord("ENTROPY@", "( -- n )", Vocabulary = "STARFORTH")]
                public static void EntropyFetch(StarForth.Machine m) => m.Stack.Push(0);
            }
            """;
        GeneratorDriverRunResult result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(extra, GeneratorFixture.ParseOptions))).GetRunResult();

        IncrementalGeneratorRunStep dictionary = result.Results.Single().TrackedSteps[TrackingNames.Dictionary].Single();
        Assert.Equal(IncrementalStepRunReason.Modified, dictionary.Outputs.Single().Reason);
        string table = result.Results.Single().GeneratedSources.Single(s => s.HintName == "GeneratedWordSet.g.cs").SourceText.ToString();
        Assert.Contains("DefineBootstrapWord(7, \"ENTROPY@\"u8, global::StarForth.WordFlags.None, global::StarForth.Vocabulary.StarForth, implemented: true", table);
    }

    [Theory]
    [InlineData("( x -- )", true, 1, 0)]
    [InlineData("( n1 n2 -- n3 )", true, 2, 1)]
    [InlineData("( d1 d2 -- d3 )", true, 4, 2)]
    [InlineData("( ud1 u -- ud2 )", true, 3, 2)]
    [InlineData("( x -- ) ( R: -- x )", true, 1, 0)]
    [InlineData("( \"name\" -- xt )", true, 0, 1)]
    [InlineData("( \"code }E n\" -- )", true, 0, 0)]
    [InlineData("( x \"<spaces>name\" -- )", true, 1, 0)]
    [InlineData("( x -- 0 | x x )", false, 0, 0)]
    [InlineData("( xu ... x0 u -- xu ... x0 xu )", false, 0, 0)]
    [InlineData("( i*x xt -- j*x )", false, 0, 0)]
    [InlineData("( C: -- orig )", false, 0, 0)]
    [InlineData("no parenthesis", false, 0, 0)]
    public void StackEffectsGiveDepthChecksOnlyWhenFixed(string text, bool isFixed, int inputs, int outputs)
    {
        Assert.Equal(new StackEffect(isFixed, inputs, outputs), StackEffect.Parse(text));
    }
}
