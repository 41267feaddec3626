using BenchmarkDotNet.Running;

namespace StarForth.Benchmarks;

/// <summary>dotnet run -c Release --project bench/StarForth.Benchmarks -- --filter '*'</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
