using System.Text;
using BenchmarkDotNet.Attributes;

namespace StarForth.Benchmarks;

/// <summary>The inner interpreter: calls, loops, stack traffic and memory access, in-process (no start-up).</summary>
[MemoryDiagnoser]
public class InnerInterpreterBenchmarks
{
    private BenchmarkSession session = null!;
    private byte[] fib = null!;
    private byte[] loops = null!;
    private byte[] stack = null!;
    private byte[] memory = null!;

    [GlobalSetup]
    public void Setup()
    {
        session = new BenchmarkSession(1024 * 1024);
        session.Run(
            ": FIB DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ;",
            ": LOOPS 0 1000 0 DO 1000 0 DO I + LOOP LOOP ;",
            ": SHUFFLE 100000 0 DO 1 2 SWAP OVER ROT DROP 2DUP + NIP DROP DROP LOOP ;",
            "VARIABLE CELL",
            ": POKE 100000 0 DO I CELL ! CELL @ CELL +! LOOP ;");
        fib = Encoding.ASCII.GetBytes("20 FIB DROP");
        loops = Encoding.ASCII.GetBytes("LOOPS DROP");
        stack = Encoding.ASCII.GetBytes("SHUFFLE");
        memory = Encoding.ASCII.GetBytes("POKE");
    }

    [GlobalCleanup]
    public void Cleanup() => session.Dispose();

    [Benchmark(Description = "20 FIB (21,891 calls)")]
    public long Fib() => session.Machine.OuterInterpreter.InterpretLine(fib);

    [Benchmark(Description = "10^6 DO LOOP iterations")]
    public long Loops() => session.Machine.OuterInterpreter.InterpretLine(loops);

    [Benchmark(Description = "10^5 x 10 stack words")]
    public long StackWords() => session.Machine.OuterInterpreter.InterpretLine(stack);

    [Benchmark(Description = "10^5 x ! @ +!")]
    public long Memory() => session.Machine.OuterInterpreter.InterpretLine(memory);
}
