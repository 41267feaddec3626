using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1007, SF1008 and SF1011.</summary>
public class PrimitiveDeclarationTests
{
    private const string CellsProblem = "it must take one Machine, ref Registers, or stack cells as long parameters (after an optional Machine)";

    [Theory]
    [InlineData("( -- )", "public void {|#0:W|}(Machine m) { }", "it is not static")]
    [InlineData("( -- )", "public static void {|#0:W|}<T>(Machine m) { }", "it is generic")]
    [InlineData("( -- )", "public static void {|#0:W|}(ref Machine m) { }", CellsProblem)]
    [InlineData("( -- )", "public static void {|#0:W|}(Machine m, int n) { }", CellsProblem)]
    [InlineData("( -- )", "private static void {|#0:W|}(Machine m) { }", "it must be public or internal")]
    [InlineData("( -- )", "public static void {|#0:W|}(ref Registers r) { }", "a primitive taking ref Registers must be [MethodImpl(MethodImplOptions.AggressiveInlining)]")]
    [InlineData("( -- )", "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] public static int {|#0:W|}(ref Registers r) => 0;", "a primitive taking ref Registers must return void")]
    [InlineData("( x -- s )", "public static string {|#0:W|}(long x) => \"\";", "a primitive taking stack cells must return void, long, bool or a tuple of longs")]
    [InlineData("( -- )", "public static long {|#0:W|}(Machine m) => 0;", "its parameters and result move 0 cell(s) in and 1 out, but the stack effect ( -- ) does not say the same")]
    [InlineData("( n1 n2 -- n3 )", "public static long {|#0:W|}(long n1) => n1;", "its parameters and result move 1 cell(s) in and 1 out, but the stack effect ( n1 n2 -- n3 ) does not say the same")]
    [InlineData("( x -- x x )", "public static (long, long, long) {|#0:W|}(long x) => (x, x, x);", "its parameters and result move 1 cell(s) in and 3 out, but the stack effect ( x -- x x ) does not say the same")]
    [InlineData("( i*x -- j*x )", "public static void {|#0:W|}(long x) { }", "its parameters and result move 1 cell(s) in and 0 out, but the stack effect ( i*x -- j*x ) does not say the same")]
    public async Task SignatureFiresWithTheReason(string stackEffect, string method, string reason)
    {
        string source = "using StarForth;\n\npublic class Words\n{\n    [ForthWord(\"W\", \"" + stackEffect + "\")]\n    " + method + "\n}\n";
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
    public async Task SignatureIsQuietForEveryForm()
    {
        const string source = """
            using System.Runtime.CompilerServices;
            using StarForth;

            internal static class Words
            {
                [ForthWord("A", "( -- )")]
                public static void A(Machine m) { }

                [ForthWord("EXECUTE", "( xt -- )")]
                internal static int Execute(Machine m) => -1;

                [ForthWord("LIT", "( -- x )")]
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                public static void Lit(ref Registers r) { }

                [ForthWord("+", "( n1 n2 -- n3 )")]
                public static long Plus(long n1, long n2) => n1 + n2;

                [ForthWord("<", "( n1 n2 -- flag )")]
                public static bool Less(long n1, long n2) => n1 < n2;

                [ForthWord("SWAP", "( x1 x2 -- x2 x1 )")]
                public static (long, long) Swap(long x1, long x2) => (x2, x1);

                [ForthWord("2DROP", "( x1 x2 -- )")]
                public static void TwoDrop(long x1, long x2) { }

                [ForthWord("@", "( a-addr -- x )")]
                public static long Fetch(Machine m, long address) => 0;

                [ForthWord("D+", "( d1 d2 -- d3 )")]
                public static (long, long) DPlus(long low1, long high1, long low2, long high2) => (low1, high1);
            }
            """;
        await Verify.Analyzer<PrimitiveDeclarationAnalyzer>(source, lockText: null).RunAsync();
    }

    [Theory]
    [InlineData("public static void W(Machine m, long x) => {|#0:m.Stack|}.Push(x);", "Stack")]
    [InlineData("public static long W(Machine m, long x) => x + {|#0:m.Stack|}.Depth;", "Stack")]
    public async Task StackItemsPrimitiveUsingTheMachineStacksFires(string method, string member)
    {
        string source = "using StarForth;\n\npublic static class Words\n{\n    [ForthWord(\"W\", \"( x -- " + (method.Contains("long W") ? "y" : "") + " )\")]\n    " + method + "\n}\n";
        var test = Verify.Analyzer<PrimitiveDeclarationAnalyzer>(source, lockText: null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.StackItemsUsesMachineState).WithLocation(0).WithArguments("W", member));
        await test.RunAsync();
    }

    [Fact]
    public async Task MachineUseIsQuietInMachinePrimitivesAndForThrow()
    {
        const string source = """
            using StarForth;

            public static class Words
            {
                [ForthWord("A", "( x -- )")]
                public static void A(Machine m) => m.Stack.Push(m.Stack.Pop() + m.Stack.Depth);

                [ForthWord("B", "( n -- n )")]
                public static long B(Machine m, long n)
                {
                    if (n < 0)
                    {
                        m.Throw(-24);
                    }
                    return n;
                }

                public static void NotAPrimitive(Machine m, long x) => m.Stack.Push(x);
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
