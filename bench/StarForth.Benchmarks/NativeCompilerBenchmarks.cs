using BenchmarkDotNet.Attributes;

namespace StarForth.Benchmarks;

/// <summary>
/// The native compiler: the time to turn definitions into machine code (copying and patching stencils), for a short
/// word, a word with a loop and calls, and a long straight body. Each invocation compiles 100 fresh definitions, which
/// a MARKER then forgets (their code memory is taken back).
/// </summary>
[MemoryDiagnoser]
public class NativeCompilerBenchmarks
{
    private const int Definitions = 100;

    private BenchmarkSession session = null!;
    private int firstWordId;

    [Params("short", "loop", "long")]
    public string Body { get; set; } = "short";

    [GlobalSetup]
    public void Setup()
    {
        session = new BenchmarkSession(4 * 1024 * 1024);
        session.Run(": HELPER 1+ ;");
    }

    [IterationSetup]
    public void Define()
    {
        string body = Body switch
        {
            "short" => "DUP * 1+",
            "loop" => "0 SWAP 0 DO I HELPER + DUP 100 > IF 1- THEN LOOP",
            _ => string.Join(' ', System.Linq.Enumerable.Repeat("DUP 3 + SWAP DROP 2* 1 AND OR", 20)),
        };
        session.Run("MARKER COMPILED");
        for (int i = 0; i < Definitions; i++)
        {
            session.Run($": D{i} {body} ;");
        }
        firstWordId = session.Machine.Lookup.Find("D0"u8);
    }

    [IterationCleanup]
    public void Forget() => session.Run("COMPILED");

    [GlobalCleanup]
    public void Cleanup() => session.Dispose();

    [Benchmark(Description = "compile 100 definitions to native code", OperationsPerInvoke = Definitions)]
    public int Compile()
    {
        int bytes = 0;
        for (int wordId = firstWordId; wordId < firstWordId + Definitions; wordId++)
        {
            bytes += session.Machine.Native.CodeOf(wordId, out _).Length;
        }
        return bytes;
    }
}
