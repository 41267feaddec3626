using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>SF1010, switched on per project (MSBuild property) or per file (.editorconfig).</summary>
public class KernelSafetyTests
{
    private const string KernelSafe = "build_property.StarForthKernelSafe = true";

    private static string InClass(string members) =>
        "using StarForth;\n\npublic static class Kernel\n{\n    static void Nothing() { }\n\n    " + members + "\n}\n";

    [Theory]
    [InlineData("static void M() { {|#0:throw|} new System.InvalidOperationException(); }", "throw")]
    [InlineData("static int M(string s) => s.Length > 0 ? 1 : {|#0:throw|} new System.ArgumentException();", "throw")]
    [InlineData("static void M() { {|#0:try|} { Nothing(); } catch { } }", "try/catch")]
    [InlineData("static void M() { {|#0:try|} { Nothing(); } finally { } }", "try/finally")]
    [InlineData("static System.Func<int> M() { return () {|#0:=>|} 1; }", "lambda")]
    [InlineData("static System.Action M() { return {|#0:delegate|} { }; }", "anonymous method")]
    [InlineData("static System.Action M() { return {|#0:Nothing|}; }", "delegate Action")]
    [InlineData("public delegate void {|#0:Callback|}();", "delegate type Callback")]
    [InlineData("static object M(int i) { return {|#0:i|}; }", "boxing int to object")]
    [InlineData("static string M(string s) { return {|#0:s + \"!\"|}; }", "string concatenation")]
    [InlineData("static string M(string s) { {|#0:s += \"!\"|}; return s; }", "string concatenation")]
    [InlineData("static string M(string s) { return {|#0:$\"{s}!\"|}; }", "string interpolation")]
    [InlineData("static object M() { return System.Linq.{|#0:Enumerable|}.Range(0, 3); }", "LINQ (Enumerable)")]
    [InlineData("static object M() { return new System.Collections.Generic.{|#0:List<int>|}(); }", "System.Collections.Generic (List<T>)")]
    [InlineData("static void M() { System.{|#0:Console|}.WriteLine(); }", "System.Console")]
    [InlineData("static bool M(string s) { return System.IO.{|#0:File|}.Exists(s); }", "System.IO.File")]
    [InlineData("static int M() { return System.{|#0:Environment|}.ProcessorCount; }", "System.Environment")]
    [InlineData("static bool M(Machine m) { return m.{|#0:GetType|}() == null; }", "reflection (GetType)")]
    [InlineData("static {|#0:async|} System.Threading.Tasks.Task M() { await System.Threading.Tasks.Task.CompletedTask; }", "async")]
    [InlineData("static void M({|#0:params|} int[] values) { }", "params")]
    public async Task FiresWithTheConstruct(string members, string construct)
    {
        var test = Verify.Analyzer<KernelSafetyAnalyzer>(InClass(members), lockText: null, globalConfig: KernelSafe);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.KernelUnsafe).WithLocation(0).WithArguments(construct));
        await test.RunAsync();
    }

    [Fact]
    public async Task FiresOnABannedUsingDirective()
    {
        string source = "using {|#0:System.Collections.Generic|};\n\npublic static class Kernel\n{\n}\n";
        var test = Verify.Analyzer<KernelSafetyAnalyzer>(source, lockText: null, globalConfig: KernelSafe);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.KernelUnsafe).WithLocation(0).WithArguments("System.Collections.Generic"));
        await test.RunAsync();
    }

    [Fact]
    public async Task FiresOnAnInterfaceWithThreeImplementations()
    {
        const string source = """
            public interface {|#0:IDevice|} { int Read(); }
            public sealed class Serial : IDevice { public int Read() => 1; }
            public sealed class Keyboard : IDevice { public int Read() => 2; }
            public struct Null : IDevice { public int Read() => 0; }
            """;
        var test = Verify.Analyzer<KernelSafetyAnalyzer>(source, lockText: null, globalConfig: KernelSafe);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.KernelUnsafe)
            .WithLocation(0).WithArguments("interface IDevice with 3 implementations (Keyboard, Null, Serial)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task IsQuietForKernelCodeAndTwoImplementations()
    {
        const string source = """
            public interface IDevice { int Read(); }
            public sealed class Serial : IDevice { public int Read() => 1; }
            public struct Null : IDevice { public int Read() => 0; }

            public static unsafe class Kernel
            {
                private const string Banner = "Star" + "Forth";

                public static long Sum(long* cells, int count)
                {
                    long total = 0;
                    for (int i = 0; i < count; i++)
                    {
                        total += cells[i];
                    }
                    return total;
                }

                public static int Dispatch(delegate*<int, int> handler, int value) => handler(value);

                public static int Twice(int value) => value * 2;

                public static int Run() => Dispatch(&Twice, Banner.Length);

                public static int Pick(int kind) => kind switch { 0 => 1, 1 => 2, _ => 0 };
            }
            """;
        var test = Verify.Analyzer<KernelSafetyAnalyzer>(source, lockText: null, globalConfig: KernelSafe);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectCompilationOptions(projectId, ((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithAllowUnsafe(true)));
        await test.RunAsync();
    }

    [Fact]
    public async Task IsQuietWhenTheProjectDoesNotAskForIt()
    {
        await Verify.Analyzer<KernelSafetyAnalyzer>(InClass("static void M() { throw new System.InvalidOperationException(); }"), lockText: null).RunAsync();
    }

    [Fact]
    public async Task EditorConfigTurnsItOffForAFile()
    {
        var test = Verify.Analyzer<KernelSafetyAnalyzer>(InClass("static void M() { throw new System.InvalidOperationException(); }"), lockText: null, globalConfig: KernelSafe);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nstarforth_kernel_safe = false\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigTurnsItOnForAFile()
    {
        var test = Verify.Analyzer<KernelSafetyAnalyzer>(InClass("static void M() { {|#0:throw|} new System.InvalidOperationException(); }"), lockText: null);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nstarforth_kernel_safe = true\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.KernelUnsafe).WithLocation(0).WithArguments("throw"));
        await test.RunAsync();
    }
}
