extern alias generators;

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Generator = generators::StarForth.Generators.DictionaryGenerator;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1007 must fire exactly when the generator would skip a primitive.</summary>
public class PrimitiveShapeParityTests
{
    [Fact]
    public void AnalyzerAndGeneratorAgreeOnEveryShape()
    {
        const string source = """
            namespace StarForth { public sealed class Machine { } }
            namespace Shapes
            {
                using StarForth;
                public static class Top
                {
                    public static void Void(Machine m) { }
                    internal static int Int(Machine m) => 0;
                    public static long Long(Machine m) => 0;
                    public static void Generic<T>(Machine m) { }
                    public static void Ref(ref Machine m) { }
                    public static void Two(Machine m, int n) { }
                    public static void None() { }
                    private static void Private(Machine m) { }
                    public static class Nested { public static void Inner(Machine m) { } }
                }
                public class Instance { public void Method(Machine m) { } }
                internal static class Internal { public static void Fine(Machine m) { } }
            }
            """;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Shapes",
            new[] { CSharpSyntaxTree.ParseText(source) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        IMethodSymbol[] methods = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member)
            .OfType<IMethodSymbol>()
            .Where(method => method.MethodKind == MethodKind.Ordinary && method.ContainingNamespace.Name == "Shapes")
            .ToArray();

        Assert.Equal(11, methods.Length);
        Assert.All(methods, method => Assert.True(
            Generator.HasPrimitiveSignature(method) == (PrimitiveShape.Problem(method) == null),
            method.ToDisplayString() + ": the analyzer says '" + PrimitiveShape.Problem(method) + "'"));
        Assert.Equal(3, methods.Count(method => PrimitiveShape.Problem(method) == null));
    }
}
