using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1007 and SF1008.</summary>
public class PrimitiveDeclarationTests
{
    [Theory]
    [InlineData("public void {|#0:W|}(Machine m) { }", "it is not static")]
    [InlineData("public static void {|#0:W|}<T>(Machine m) { }", "it is generic")]
    [InlineData("public static void {|#0:W|}(ref Machine m) { }", "it must take exactly one Machine parameter, by value")]
    [InlineData("public static void {|#0:W|}(Machine m, int n) { }", "it must take exactly one Machine parameter, by value")]
    [InlineData("public static long {|#0:W|}(Machine m) => 0;", "it must return void or int")]
    [InlineData("private static void {|#0:W|}(Machine m) { }", "it must be public or internal")]
    public async Task SignatureFiresWithTheReason(string method, string reason)
    {
        string source = "using StarForth;\n\npublic class Words\n{\n    [ForthWord(\"W\", \"( -- )\")]\n    " + method + "\n}\n";
        var test = Verify.Analyzer<PrimitiveDeclarationAnalyzer>(source, lockText: null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.PrimitiveSignature).WithLocation(0).WithArguments("W", "W", reason));
        await test.RunAsync();
    }

    [Fact]
    public async Task SignatureFiresForANestedType()
    {
        const string source = """
            using StarForth;

            public static class Outer
            {
                public static class Inner
                {
                    [ForthWord("W", "( -- )")]
                    public static void {|#0:W|}(Machine m) { }
                }
            }
            """;
        var test = Verify.Analyzer<PrimitiveDeclarationAnalyzer>(source, lockText: null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.PrimitiveSignature)
            .WithLocation(0).WithArguments("W", "W", "its type is nested; the generated dispatch needs a top-level type"));
        await test.RunAsync();
    }

    [Fact]
    public async Task SignatureIsQuietForVoidAndIntPrimitives()
    {
        const string source = """
            using StarForth;

            internal static class Words
            {
                [ForthWord("A", "( -- )")]
                public static void A(Machine m) { }

                [ForthWord("EXECUTE", "( xt -- )")]
                internal static int Execute(Machine m) => -1;
            }
            """;
        await Verify.Analyzer<PrimitiveDeclarationAnalyzer>(source, lockText: null).RunAsync();
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("TWO WORDS", "it contains whitespace or a control character")]
    [InlineData("TAB\\tBED", "it contains whitespace or a control character")]
    [InlineData("CAFÉ", "it contains a non-ASCII character")]
    [InlineData("A-NAME-THAT-IS-32-BYTES-LONG-XXX", "it is 32 bytes long; the limit is 31")]
    public async Task NameFiresWithTheReason(string name, string reason)
    {
        string source = "using StarForth;\n\npublic static class Words\n{\n    [ForthWord({|#0:\"" + name + "\"|}, \"( -- )\")]\n    public static void W(Machine m) { }\n}\n";
        var test = Verify.Analyzer<PrimitiveDeclarationAnalyzer>(source, lockText: null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidWordName)
            .WithLocation(0).WithArguments(name.Replace("\\t", "\t"), reason));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("A-NAME-THAT-IS-31-BYTES-LONG-XX")]
    [InlineData("[']")]
    [InlineData(".\\\"")]
    public async Task NameIsQuietForValidNames(string name)
    {
        string source = "using StarForth;\n\npublic static class Words\n{\n    [ForthWord(\"" + name + "\", \"( -- )\")]\n    public static void W(Machine m) { }\n}\n";
        await Verify.Analyzer<PrimitiveDeclarationAnalyzer>(source, lockText: null).RunAsync();
    }
}
