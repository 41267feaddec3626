using System.Text;
using BenchmarkDotNet.Attributes;

namespace StarForth.Benchmarks;

/// <summary>Dictionary lookup: an old primitive, a new word, and a miss, after 2,000 user definitions.</summary>
public class DictionaryLookupBenchmarks
{
    private BenchmarkSession session = null!;

    [GlobalSetup]
    public void Setup()
    {
        session = new BenchmarkSession(4 * 1024 * 1024);
        var definitions = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            session.Run($": WORD{i} {i} ;");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => session.Dispose();

    [Benchmark(Description = "find DROP (oldest)")]
    public int FindOldest() => session.Machine.Lookup.Find("DROP"u8);

    [Benchmark(Description = "find WORD1999 (newest)")]
    public int FindNewest() => session.Machine.Lookup.Find("WORD1999"u8);

    [Benchmark(Description = "find a missing name")]
    public int FindMissing() => session.Machine.Lookup.Find("NO-SUCH-WORD"u8);
}
