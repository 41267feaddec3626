using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using StarForth.Words;

namespace StarForth.Testing;

/// <summary>
/// A booted machine for tests: feeds it lines, captures what it prints, and reads back the data stack.
/// Memory comes from native allocations that are all released on Dispose.
/// </summary>
public sealed unsafe class ForthRunner : IDisposable
{
    private readonly List<byte> output = new();
    private readonly Queue<string> input = new();
    private GCHandle self;

    public ForthRunner(long arenaSize = 1024 * 1024, WordSet? words = null, bool deterministicClock = true)
    {
        self = GCHandle.Alloc(this);
        BootStatus = Machine.Boot(Services, words ?? new GeneratedWordSet(), arenaSize, out Machine machine);
        Machine = machine;
        Machine.Clock.Deterministic = deterministicClock;
    }

    public Machine Machine { get; }

    public int BootStatus { get; }

    public HostServices Services => new()
    {
        Context = GCHandle.ToIntPtr(self),
        Allocate = &Allocate,
        Free = &Free,
        MonotonicNanoseconds = &Clock,
        Write = &Write,
        ReadLine = &ReadLine,
        ReadBlock = null,
        WriteBlock = null,
        ReadInitFile = null,
    };

    /// <summary>Lines that the machine's own input words (ACCEPT, KEY, REFILL) will read.</summary>
    public void QueueInput(string line) => input.Enqueue(line);

    /// <summary>Interprets each line in turn; returns the THROW code of the first failing line, or 0.</summary>
    public long Run(params string[] lines)
    {
        foreach (string line in lines)
        {
            long code = Machine.OuterInterpreter.InterpretLine(Encoding.UTF8.GetBytes(line));
            Machine.Output.Flush();
            if (code != 0)
            {
                return code;
            }
        }
        return 0;
    }

    /// <summary>Interprets the lines, requiring success, and returns the data stack bottom to top.</summary>
    public long[] Stack(params string[] lines)
    {
        long code = Run(lines);
        if (code != 0)
        {
            throw new InvalidOperationException($"THROW {code} ({Encoding.UTF8.GetString(Machine.ErrorDetail)}) in: {string.Join(" | ", lines)}");
        }
        return DataStack();
    }

    /// <summary>The data stack bottom to top, without changing it.</summary>
    public long[] DataStack()
    {
        var cells = new long[Machine.Stack.Depth];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = Machine.Stack.Peek(cells.Length - 1 - i);
        }
        return cells;
    }

    /// <summary>Everything printed since the last call.</summary>
    public string TakeOutput()
    {
        string text = Encoding.UTF8.GetString(output.ToArray());
        output.Clear();
        return text;
    }

    /// <summary>Interprets the lines, requiring success, and returns what they printed.</summary>
    public string Output(params string[] lines)
    {
        TakeOutput();
        Stack(lines);
        return TakeOutput();
    }

    public void Dispose()
    {
        Machine.Release();
        if (self.IsAllocated)
        {
            self.Free();
        }
    }

    private static ForthRunner From(nint context) => (ForthRunner)GCHandle.FromIntPtr(context).Target!;

    private static void* Allocate(nint context, nuint bytes) => NativeMemory.AllocZeroed(bytes);

    private static void Free(nint context, void* block) => NativeMemory.Free(block);

    private static ulong Clock(nint context) => 0;

    private static void Write(nint context, byte* bytes, int length) =>
        From(context).output.AddRange(new ReadOnlySpan<byte>(bytes, length).ToArray());

    private static int ReadLine(nint context, byte* buffer, int capacity)
    {
        ForthRunner runner = From(context);
        if (runner.input.Count == 0)
        {
            return -1;
        }
        byte[] line = Encoding.UTF8.GetBytes(runner.input.Dequeue());
        line.AsSpan(0, Math.Min(line.Length, capacity)).CopyTo(new Span<byte>(buffer, capacity));
        return line.Length;
    }
}
