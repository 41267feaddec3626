using System.Text;
using BenchmarkDotNet.Attributes;
using StarForth.Testing;

namespace StarForth.Benchmarks;

/// <summary>Dictionary lookup: an old primitive, a new word, and a miss, after 2,000 user definitions.</summary>
public class DictionaryLookupBenchmarks
{
    private ForthRunner runner = null!;

    [GlobalSetup]
    public void Setup()
    {
        runner = new ForthRunner(arenaSize: 4 * 1024 * 1024);
        var definitions = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            runner.Stack($": WORD{i} {i} ;");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => runner.Dispose();

    [Benchmark(Description = "find DROP (oldest)")]
    public int FindOldest() => runner.Machine.Lookup.Find("DROP"u8);

    [Benchmark(Description = "find WORD1999 (newest)")]
    public int FindNewest() => runner.Machine.Lookup.Find("WORD1999"u8);

    [Benchmark(Description = "find a missing name")]
    public int FindMissing() => runner.Machine.Lookup.Find("NO-SUCH-WORD"u8);
}
