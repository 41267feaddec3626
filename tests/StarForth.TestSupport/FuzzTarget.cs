using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using StarForth.Words;

namespace StarForth.Testing;

/// <summary>
/// One machine that fuzzers feed program after program (the CsCheck property test and the SharpFuzz harness under
/// fuzz/). Every host allocation is fenced with guard bytes, a watchdog interrupts a program that runs past its time
/// budget (the -28 Ctrl-C gives), and after each program <see cref="Check"/> proves the machine and its host intact:
/// the guards hold, the stacks are empty, and the canary line <c>1 2 + .</c> prints <c>3 </c>.
/// </summary>
public sealed unsafe class FuzzTarget : IDisposable
{
    private const int GuardSize = 64;
    private const byte GuardByte = 0xA5;

    private readonly List<(nint Block, nuint Size)> blocks = new();
    private readonly List<byte> output = new();
    private readonly DictionaryMark mark;
    private readonly Thread watchdog;
    private readonly long budgetTicks;
    private GCHandle self;
    private long programStart;
    private volatile bool disposed;

    /// <param name="budget">How long one line may run before the watchdog interrupts it.</param>
    public FuzzTarget(TimeSpan budget, long arenaSize = 1024 * 1024)
    {
        budgetTicks = (long)(budget.TotalSeconds * Stopwatch.Frequency);
        self = GCHandle.Alloc(this);
        var services = new HostServices
        {
            Context = GCHandle.ToIntPtr(self),
            Allocate = &Allocate,
            Free = &Free,
            MonotonicNanoseconds = &Clock,
            Write = &Write,
            ReadLine = &ReadLine,
        };
        int status = Machine.Boot(services, new GeneratedWordSet(), arenaSize, out Machine machine);
        if (status != Machine.BootOk)
        {
            throw new InvalidOperationException($"boot failed with status {status}");
        }
        Machine = machine;
        Machine.Clock.Deterministic = true;
        mark = Machine.Dictionary.Mark();
        watchdog = new Thread(Watch) { IsBackground = true, Name = "fuzz watchdog" };
        watchdog.Start();
    }

    public Machine Machine { get; }

    /// <summary>Programs the watchdog stopped.</summary>
    public int Interrupted { get; private set; }

    /// <summary>The names of the words in the dictionary, oldest first.</summary>
    public List<string> WordNames()
    {
        var names = new List<string>();
        for (int wordId = 0; wordId <= Machine.WordTable.LatestWordId; wordId++)
        {
            if (Machine.WordTable.IsWord(wordId))
            {
                names.Add(Encoding.UTF8.GetString(Machine.WordTable.NameOf(wordId)));
            }
        }
        return names;
    }

    /// <summary>Interprets one line under the watchdog; returns its THROW code (the machine is then reset).</summary>
    public long RunLine(ReadOnlySpan<byte> line) => RunLine(line, watched: true);

    /// <summary>The lines <see cref="Check"/> runs itself are not watched: a late interrupt cannot fail them.</summary>
    private long RunLine(ReadOnlySpan<byte> line, bool watched)
    {
        Machine.InnerInterpreter.InterruptRequested = false;
        if (watched)
        {
            Volatile.Write(ref programStart, Stopwatch.GetTimestamp());
        }
        long code = Machine.OuterInterpreter.InterpretLine(line);
        Volatile.Write(ref programStart, 0);
        Machine.Output.Flush();
        if (code == ThrowCode.UserInterrupt)
        {
            Interrupted++;
        }
        return code;
    }

    /// <summary>
    /// Puts the dictionary back (so 100,000 programs do not fill it) and checks the machine: null when all is well,
    /// else what is wrong.
    /// </summary>
    public string? Check()
    {
        string? fence = BrokenGuard();
        if (fence != null)
        {
            return fence;
        }
        // A definition left open (": W1 1 2" as the whole program) would swallow the canary: end it as the REPL's end would.
        if (Machine.Compiler.Compiling || Machine.Compiler.DefinitionWordId >= 0)
        {
            Machine.OuterInterpreter.ResetAfterError();
        }
        Machine.Dictionary.Restore(mark);
        // What a program leaves is its own (interpreted >R keeps its cell across lines); each starts afresh.
        Machine.Stack.Depth = 0;
        Machine.ReturnStack.Depth = 0;
        Machine.Output.EndOutputCapture(out _); // and so is an O{ it never ended
        // The program may have left another base or search order: both are the user's to change.
        Machine.Vocabularies.SetMinimumOrder();
        Machine.Vocabularies.Compilation = Vocabulary.Forth;
        long reset = RunLine("FORTH DEFINITIONS DECIMAL"u8, watched: false);
        if (reset != 0)
        {
            return $"FORTH DEFINITIONS DECIMAL gave THROW {reset}";
        }
        output.Clear();
        long code = RunLine("1 2 + ."u8, watched: false);
        string printed = Encoding.UTF8.GetString(output.ToArray());
        output.Clear();
        if (code != 0 || printed != "3 ")
        {
            return $"the canary 1 2 + . printed \"{printed}\" with THROW {code}";
        }
        if (Machine.Stack.Depth != 0 || Machine.ReturnStack.Depth != 0)
        {
            return $"the canary left depth {Machine.Stack.Depth}, return depth {Machine.ReturnStack.Depth}";
        }
        return null;
    }

    /// <summary>The first host allocation whose guard bytes changed, or null.</summary>
    public string? BrokenGuard()
    {
        foreach ((nint block, nuint size) in blocks)
        {
            var before = new ReadOnlySpan<byte>((void*)block, GuardSize);
            var after = new ReadOnlySpan<byte>((byte*)block + GuardSize + (long)size, GuardSize);
            if (before.IndexOfAnyExcept(GuardByte) >= 0 || after.IndexOfAnyExcept(GuardByte) >= 0)
            {
                return $"the guard bytes around a host block of {size} bytes changed";
            }
        }
        return null;
    }

    public void Dispose()
    {
        disposed = true;
        watchdog.Join();
        Machine.Release();
        if (self.IsAllocated)
        {
            self.Free();
        }
    }

    private void Watch()
    {
        while (!disposed)
        {
            Thread.Sleep(1);
            long start = Volatile.Read(ref programStart);
            if (start != 0 && Stopwatch.GetTimestamp() - start > budgetTicks)
            {
                Machine.InnerInterpreter.InterruptRequested = true;
            }
        }
    }

    private static FuzzTarget From(nint context) => (FuzzTarget)GCHandle.FromIntPtr(context).Target!;

    private static void* Allocate(nint context, nuint bytes)
    {
        byte* block = (byte*)NativeMemory.AllocZeroed(bytes + 2 * GuardSize);
        if (block == null)
        {
            return null;
        }
        new Span<byte>(block, GuardSize).Fill(GuardByte);
        new Span<byte>(block + GuardSize + bytes, GuardSize).Fill(GuardByte);
        From(context).blocks.Add(((nint)block, bytes));
        return block + GuardSize;
    }

    private static void Free(nint context, void* block)
    {
        byte* start = (byte*)block - GuardSize;
        From(context).blocks.RemoveAll(entry => entry.Block == (nint)start);
        NativeMemory.Free(start);
    }

    private static ulong Clock(nint context) => 0;

    private static void Write(nint context, byte* bytes, int length)
    {
        List<byte> output = From(context).output;
        // Only the canary's output is read; a flood (SPACES, WORDS) is dropped.
        if (output.Count < 4096)
        {
            output.AddRange(new ReadOnlySpan<byte>(bytes, length).ToArray());
        }
    }

    private static int ReadLine(nint context, byte* buffer, int capacity) => -1;
}
