using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace StarForth.Hosting;

/// <summary>
/// A StarForth machine to embed in a .NET program: boots the core dictionary, evaluates source, moves cells on the
/// data stack, registers word packs, and captures what the program prints. Forth errors come back as values
/// (<see cref="ForthResult"/>); only misuse of the API itself (a disposed machine, a failed boot) throws.
/// Not thread-safe: one machine, one thread at a time.
/// </summary>
public sealed unsafe class ForthVm : IDisposable
{
    private readonly MemoryStream output = new();
    private GCHandle self;
    private Machine? machine;

    private ForthVm()
    {
        self = GCHandle.Alloc(this);
    }

    /// <summary>Boots a machine with an arena of <paramref name="arenaSize"/> bytes (5 MiB unless given).</summary>
    /// <exception cref="InvalidOperationException">The bootstrap self-check failed (too small an arena, no memory).</exception>
    public static ForthVm Create(long arenaSize = Machine.DefaultArenaSize)
    {
        var vm = new ForthVm();
        int status = Machine.Boot(vm.Services, new StarForth.Words.GeneratedWordSet(), arenaSize, out Machine booted);
        if (status != Machine.BootOk)
        {
            booted.Release();
            vm.self.Free();
            throw new InvalidOperationException("StarForth bootstrap failed with status " + status);
        }
        vm.machine = booted;
        return vm;
    }

    /// <summary>The machine itself, for what the API does not cover (its parts are documented in docs/architecture.md).</summary>
    public Machine Machine => machine ?? throw new ObjectDisposedException(nameof(ForthVm));

    /// <summary>How many cells are on the data stack.</summary>
    public int Depth => Machine.Stack.Depth;

    /// <summary>Interprets <paramref name="source"/> line by line; stops at the first uncaught error.</summary>
    public ForthResult Evaluate(string source)
    {
        Machine m = Machine;
        output.SetLength(0);
        long code = 0;
        foreach (string line in source.Replace("\r\n", "\n").Split('\n'))
        {
            code = m.OuterInterpreter.InterpretLine(Encoding.UTF8.GetBytes(line));
            // QUIT ends a line by THROW -56 with the machine already reset: not an error.
            if (code == ThrowCode.Quit)
            {
                code = 0;
            }
            if (code != 0)
            {
                break;
            }
        }
        m.Output.Flush();
        string printed = Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
        return new ForthResult(code, code == 0 ? "" : Describe(code, Encoding.UTF8.GetString(m.ErrorDetail)), printed);
    }

    /// <summary>Pushes a cell onto the data stack.</summary>
    /// <exception cref="InvalidOperationException">The stack is full.</exception>
    public void Push(long cell)
    {
        Machine m = Machine;
        if (m.Stack.Depth >= m.Stack.Capacity)
        {
            throw new InvalidOperationException("the data stack is full");
        }
        m.Stack.Push(cell);
    }

    /// <summary>Pops the top cell of the data stack.</summary>
    /// <exception cref="InvalidOperationException">The stack is empty.</exception>
    public long Pop()
    {
        long cell = Peek(0);
        Machine.Stack.Depth--;
        return cell;
    }

    /// <summary>The cell <paramref name="index"/> below the top (0 is the top), without removing it.</summary>
    /// <exception cref="InvalidOperationException">The stack holds no such cell.</exception>
    public long Peek(int index = 0)
    {
        Machine m = Machine;
        if (index < 0 || index >= m.Stack.Depth)
        {
            throw new InvalidOperationException("the data stack holds " + m.Stack.Depth + " cells, not " + (index + 1));
        }
        return m.Stack.Peek(index);
    }

    /// <summary>The data stack, bottom first.</summary>
    public long[] Stack()
    {
        Machine m = Machine;
        var cells = new long[m.Stack.Depth];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = m.Stack.Peek(cells.Length - 1 - i);
        }
        return cells;
    }

    /// <summary>
    /// Adds a word pack's words (a GeneratedWordPack of an assembly built with StarForth.Sdk). Returns 0, or the THROW
    /// code that refused it (-21: a pack of that name or id range is registered already); nothing is added then.
    /// </summary>
    public ForthResult Register(WordPack pack)
    {
        long code = Machine.Packs.Register(pack);
        return new ForthResult(code, code == 0 ? "" : Describe(code, Encoding.UTF8.GetString(pack.Name)), "");
    }

    public void Dispose()
    {
        machine?.Release();
        machine = null;
        if (self.IsAllocated)
        {
            self.Free();
        }
    }

    /// <summary>An error as the starforth command words it: the standard's message, then what it is about.</summary>
    public static string Describe(long code, string detail)
    {
        string text = Encoding.UTF8.GetString(ThrowCode.Describe(code));
        if (text.Length == 0)
        {
            text = code is >= -4095 and <= -1 ? "uncaught THROW" : "uncaught THROW (not a standard code)";
        }
        return detail.Length == 0 ? text : text + ": " + detail;
    }

    private HostServices Services => new()
    {
        Context = GCHandle.ToIntPtr(self),
        Allocate = &Allocate,
        Free = &Free,
        MonotonicNanoseconds = &MonotonicNanoseconds,
        Write = &Write,
        ReadLine = &ReadLine,
    };

    private static ForthVm From(nint context) => (ForthVm)GCHandle.FromIntPtr(context).Target!;

    private static void* Allocate(nint context, nuint bytes) => NativeMemory.AllocZeroed(bytes);

    private static void Free(nint context, void* block) => NativeMemory.Free(block);

    private static ulong MonotonicNanoseconds(nint context) =>
        (ulong)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));

    private static void Write(nint context, byte* bytes, int length) => From(context).output.Write(new ReadOnlySpan<byte>(bytes, length));

    // An embedded machine has no terminal: KEY and ACCEPT see the end of input.
    private static int ReadLine(nint context, byte* buffer, int capacity) => -1;
}
