extern alias generators;

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StarForth.Generators.Tests;

/// <summary>A word pack's lock (#pack line): the generator emits a GeneratedWordPack and no dictionary.</summary>
public class WordPackGeneratorTests
{
    private const string PackWords = """
        using StarForth;

        namespace Pack;

        public static class PackWords
        {
            [ForthWord("TWICE", "( n1 -- n2 )")]
            public static long Twice(long n) => n * 2;

            [ForthWord("SAME?", "( n1 n2 -- flag )")]
            public static bool Same(long a, long b) => a == b;

            [ForthWord("SPLIT", "( n -- lo hi )")]
            public static (long, long) Split(long n) => (n & 0xFF, n >> 8);

            [ForthWord("BEEP", "( -- )")]
            public static void Beep(Machine m) => m.Output.Emit(7);
        }
        """;

    private const string PackLock = "#words.lock format=1 hash=fnv1a64(flags8,name_len8,name,acl_default8,word_id32le)\n"
        + "#pack Test-Pack ids=2000000-2000099\n"
        + "2000000\tTWICE\t0x00\tFORTH\n2000001\tSAME?\t0x00\tFORTH\n2000002\tSPLIT\t0x00\tFORTH\n2000003\tBEEP\t0x00\tFORTH\n";

    [Fact]
    public void APackLockGivesAWordPackThatCompiles()
    {
        CSharpCompilation compilation = GeneratorFixture.Compilation(PackWords);
        GeneratorFixture.Driver(PackLock).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(GeneratorFixture.CompileErrors(output));
        SyntaxTree generated = Assert.Single(output.SyntaxTrees.Except(compilation.SyntaxTrees));
        string text = generated.ToString();
        Assert.Contains("namespace StarForth.Packs.Test_Pack;", text);
        Assert.Contains("public sealed class GeneratedWordPack : global::StarForth.WordPack", text);
        Assert.Contains("public override int FirstWordId => 2000000;", text);
        Assert.Contains("packs.DefineWord(2000001, \"SAME?\"u8, (global::StarForth.WordFlags)0x0, global::StarForth.Vocabulary.Forth);", text);
        Assert.Contains("long x1 = machine.Stack.Pop();\n                long x0 = machine.Stack.Pop();\n                bool flag = global::Pack.PackWords.Same(x0, x1);", text);
        Assert.Contains("machine.Stack.Push(results.Item1);\n                machine.Stack.Push(results.Item2);", text);
        Assert.Contains("global::Pack.PackWords.Beep(machine);\n                return -1;", text);
    }
}
