using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StarForth.Generators;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>word_ids and the bootstrap hash depend on names and the lock, never on C# method names or file order.</summary>
public class WordIdStabilityTests
{
    private static readonly string LockText = Verify.Lock(
        "0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH", "8\tPICK\t0x00\tFORTH", "20\tPICK\t0x00\tFORTH\tshadows=8", "21\tIF\t0x180\tFORTH");

    private const string Stack = """
        using StarForth;
        public static class StackWords
        {
            [ForthWord("DUP", "( x -- x x )")] public static void Dup(Machine m) { }
            [ForthWord("DROP", "( x -- )")] public static void Drop(Machine m) { }
            [ForthWord("PICK", "( u -- x )", Id = 8)] public static void PickFromOne(Machine m) { }
            [ForthWord("PICK", "( u -- x )")] public static void Pick(Machine m) { }
        }
        """;

    private const string Control = """
        using StarForth;
        public static class ControlWords
        {
            [ForthWord("IF", "( x -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)] public static void If(Machine m) { }
        }
        """;

    [Fact]
    public void RenamingMovingAndReorderingChangeNoWordIdAndNotTheHash()
    {
        DictionaryModel original = Build(Stack, Control);
        string renamedAndMoved = Stack
            .Replace("public static void Dup(", "public static void Duplicate(")
            .Replace("            [ForthWord(\"DROP\", \"( x -- )\")] public static void Drop(Machine m) { }\n", string.Empty);
        string drop = "using StarForth;\npublic static class MovedWords\n{\n    [ForthWord(\"DROP\", \"( x -- )\")] public static void Discard(Machine m) { }\n}\n";
        DictionaryModel changed = Build(Control, drop, renamedAndMoved);

        Assert.Equal(Summary(original), Summary(changed));
        Assert.Equal(original.HeaderHash, changed.HeaderHash);
        Assert.Equal(21, changed.LatestWordId);
        Assert.Equal("Duplicate", changed.Entries.Single(entry => entry.WordId == 1).Primitive!.Value.MethodName);
    }

    private static List<(int WordId, string Name, int Flags, ulong EntryHash)> Summary(DictionaryModel model) =>
        model.Entries.Select(entry => (entry.WordId, entry.Name, entry.Flags, entry.EntryHash)).ToList();

    private static DictionaryModel Build(params string[] sources)
    {
        SyntaxTree[] trees = sources.Prepend(Verify.WordFlagsSource).Prepend(Verify.Stubs).Select(source => CSharpSyntaxTree.ParseText(source)).ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Words", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        INamedTypeSymbol attribute = compilation.GetTypeByMetadataName(ForthWordDeclaration.AttributeMetadataName)!;
        var declarations = new List<WordDeclaration>();
        foreach (SyntaxTree tree in trees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var symbol = (IMethodSymbol)model.GetDeclaredSymbol(method)!;
                declarations.AddRange(ForthWordDeclaration.Read(symbol, attribute, default).Select(declaration => declaration.Word));
            }
        }
        return DictionaryModel.Build(
            WordsLock.Parse(LockText), new EquatableArray<WordDeclaration>(declarations.ToArray()), new EquatableArray<NamePair>(System.Array.Empty<NamePair>()));
    }
}
