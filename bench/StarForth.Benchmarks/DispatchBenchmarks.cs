using System.Text;
using BenchmarkDotNet.Attributes;
using StarForth.Words;

namespace StarForth.Benchmarks;

/// <summary>
/// Switch dispatch (the generated inner interpreter, registers in locals) against a table of function pointers to
/// primitives that work on the machine's fields, both running one body of 1,000 stack primitives.
/// </summary>
public unsafe class DispatchBenchmarks
{
    private BenchmarkSession session = null!;
    private int body;
    private int[] cells = null!;
    private delegate*<Machine, void>[] table = null!;

    [GlobalSetup]
    public void Setup()
    {
        session = new BenchmarkSession(1024 * 1024);
        var source = new StringBuilder(": BODY 1 2 ");
        for (int i = 0; i < 250; i++)
        {
            source.Append("SWAP OVER DROP DUP DROP ");
        }
        session.Run(source.Append("2DROP ;").ToString());
        body = session.Machine.WordTable.LatestWordId;

        string[] sequence = { "SWAP", "OVER", "DROP", "DUP", "DROP" };
        cells = new int[250 * sequence.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = session.Machine.Lookup.Find(Encoding.ASCII.GetBytes(sequence[i % sequence.Length]));
        }

        table = new delegate*<Machine, void>[WordIds.Dup + 100];
        table[cells[0]] = &Swap;
        table[cells[1]] = &Over;
        table[cells[2]] = &Drop;
        table[cells[3]] = &Dup;
    }

    // The four primitives as the table calls them: on the machine's fields, each access checked.
    private static void Swap(Machine m)
    {
        long x2 = m.Stack.Peek(0);
        m.Stack.Poke(0, m.Stack.Peek(1));
        m.Stack.Poke(1, x2);
    }

    private static void Over(Machine m) => m.Stack.Push(m.Stack.Peek(1));

    private static void Drop(Machine m) => m.Stack.Pop();

    private static void Dup(Machine m) => m.Stack.Push(m.Stack.Peek());

    [GlobalCleanup]
    public void Cleanup() => session.Dispose();

    [Benchmark(Baseline = true, Description = "generated switch")]
    public void Switch() => session.Machine.InnerInterpreter.Execute(body);

    [Benchmark(Description = "function-pointer table")]
    public void FunctionPointers()
    {
        Machine m = session.Machine;
        m.Stack.Push(1);
        m.Stack.Push(2);
        delegate*<Machine, void>[] primitives = table;
        foreach (int wordId in cells)
        {
            if (!m.Stack.Check(1, 1))
            {
                return;
            }
            primitives[wordId](m);
        }
        m.Stack.Pop();
        m.Stack.Pop();
    }
}
