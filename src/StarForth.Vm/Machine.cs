namespace StarForth;

/// <summary>
/// One Forth machine: the composition root that makes its parts, wires them to each other and hands them to the
/// primitives, which reach <c>m.Stack</c>, <c>m.Dictionary</c>, <c>m.Output</c> ... Each part owns its state; what
/// is left here spans parts (COLD, :, popping an execution token). Nothing in here knows whether it runs hosted or in
/// StarKernel: the host is a <see cref="HostServices"/> struct of function pointers.
/// </summary>
/// <remarks>
/// Failures never unwind the .NET stack: a failing operation records a THROW code in the <see cref="ThrowState"/>
/// every part shares (<see cref="ThrowCode"/>) and returns; the inner interpreter hands it to the nearest CATCH, or
/// back to the host.
/// </remarks>
public sealed class Machine
{
    public const int DefaultDataStackCells = 1024;
    public const int DefaultReturnStackCells = 1024;
    public const long DefaultArenaSize = 5 * 1024 * 1024;

    public const int BootOk = 0;
    public const int BootOutOfMemory = 1;
    public const int BootArenaTooSmall = 2;
    public const int BootHashMismatch = 3;
    public const int BootCountMismatch = 4;
    public const int BootMissingThreadingWord = 5;

    private readonly HostServices host;
    private readonly ThrowState throws;

    public readonly Arena Arena;
    public readonly DataSpace DataSpace;

    /// <summary>ALLOCATE, FREE and RESIZE's blocks, in the arena below the input region.</summary>
    public readonly Heap Heap;

    /// <summary>The data stack.</summary>
    public readonly CellStack Stack;

    public readonly CellStack ReturnStack;

    /// <summary>The frames of running definitions with locals, apart from the return stack.</summary>
    public readonly LocalsStack Locals;

    /// <summary>The locals of the definition being compiled.</summary>
    public readonly LocalNames LocalNames;
    public readonly WordTable WordTable;
    public readonly Vocabularies Vocabularies;
    public readonly WordLookup Lookup;
    public readonly Dictionary Dictionary;
    public readonly Compiler Compiler;
    public readonly InnerInterpreter InnerInterpreter;
    public readonly OuterInterpreter OuterInterpreter;
    public readonly InputSources InputSources;
    public readonly OpenFiles Files;
    public readonly ExecutionProfile Profile;
    public readonly AccessControl Access;
    public readonly Clock Clock;
    public readonly RandomSource Random;
    public readonly Output Output;
    public readonly TerminalInput Terminal;
    public readonly BlockStore Blocks;

    /// <summary>Colon definitions as x86-64 code, when the host maps executable memory and it is turned on.</summary>
    public readonly Native.NativeCode Native;

    /// <summary>The word packs added to this machine after boot (docs/word-packs.md).</summary>
    public readonly WordPacks Packs;

    private PostHarness? tests;

    private Machine(HostServices host, WordSet words)
    {
        this.host = host;
        InnerInterpreter = new InnerInterpreter(this, words);
        InnerInterpreter.ConnectHost(host);
        throws = InnerInterpreter;
        Arena = new Arena(throws);
        DataSpace = new DataSpace(Arena, throws);
        Heap = new Heap(Arena);
        Stack = new CellStack(throws, DefaultDataStackCells, StarForth.ThrowCode.StackOverflow, StarForth.ThrowCode.StackUnderflow);
        ReturnStack = new CellStack(throws, DefaultReturnStackCells, StarForth.ThrowCode.ReturnStackOverflow, StarForth.ThrowCode.ReturnStackUnderflow);
        Locals = new LocalsStack(throws);
        LocalNames = new LocalNames(throws);
        WordTable = new WordTable(Arena);
        Clock = new Clock(host, throws);
        Random = new RandomSource();
        Profile = new ExecutionProfile(WordTable, Clock);
        Access = new AccessControl(WordTable, throws);
        Output = new Output(host, Arena, throws, InnerInterpreter);
        Terminal = new TerminalInput(host, Arena, Output);
        Blocks = new BlockStore(host, Arena, throws);
        Vocabularies = new Vocabularies(Arena, throws);
        Lookup = new WordLookup(Arena, WordTable, Vocabularies, throws);
        Native = new Native.NativeCode(new Native.NativeCompiler(words, Arena, WordTable, Profile, Access), WordTable);
        Dictionary = new Dictionary(words, throws, Arena, DataSpace, WordTable, Lookup, Vocabularies, Profile, Access, Native);
        Packs = new WordPacks(Dictionary, WordTable, throws);
        Compiler = new Compiler(throws, Arena, DataSpace, Dictionary, WordTable, Lookup, Stack, LocalNames);
        InnerInterpreter.Connect(Arena, Stack, ReturnStack, WordTable, Profile, Access, Locals, Native);
        InputSources = new InputSources(host, throws, Arena);
        Files = new OpenFiles(host, Arena);
        OuterInterpreter = new OuterInterpreter(host, throws, Arena, InputSources, Files, Stack, ReturnStack, WordTable, Lookup, Vocabularies, Compiler,
            InnerInterpreter, Blocks, Terminal, Output);
    }

    /// <summary>
    /// Creates a machine: allocates its memory through the host, builds the bootstrap dictionary from the
    /// generated table, and checks the live dictionary's canonical hash against the compile-time one.
    /// </summary>
    public static int Boot(HostServices host, WordSet words, long arenaSize, out Machine machine)
    {
        machine = new Machine(host, words);
        if (arenaSize < ArenaLayout.MinimumArenaSize || arenaSize > int.MaxValue)
        {
            return BootArenaTooSmall;
        }
        if (!machine.Allocate(arenaSize))
        {
            return BootOutOfMemory;
        }
        machine.DataSpace.Start();
        machine.InputSources.Start();
        machine.Heap.Reset();
        machine.Arena.Base = 10;
        words.DefineBootstrapWords(machine);
        if (machine.ThrowCode == StarForth.ThrowCode.BootstrapHashMismatch)
        {
            return BootHashMismatch;
        }
        if (machine.ThrowCode != 0)
        {
            return BootCountMismatch;
        }
        machine.Dictionary.EndBootstrap();
        if (machine.WordTable.Count != words.BootstrapEntryCount || machine.WordTable.LatestWordId != words.BootstrapLatestWordId)
        {
            return BootCountMismatch;
        }
        if (!machine.Compiler.ResolveThreadingWords())
        {
            return BootMissingThreadingWord;
        }
        if (machine.Dictionary.BootstrapHash != words.BootstrapHeaderHash)
        {
            return BootHashMismatch;
        }
        machine.Arena.ProtectSystemArea(machine.DataSpace.Fence);
        return BootOk;
    }

    private bool Allocate(long arenaSize)
    {
        if (!Arena.Allocate(host, arenaSize) || !throws.Allocate(host) || !Stack.Allocate(host) || !ReturnStack.Allocate(host)
            || !Locals.Allocate(host) || !LocalNames.Allocate(host)
            || !WordTable.Allocate(host) || !Profile.Allocate(host) || !Access.Allocate(host) || !Output.Allocate() || !Blocks.Allocate()
            || !Vocabularies.Allocate(host) || !Lookup.Allocate(host) || !InputSources.Allocate() || !Files.Allocate())
        {
            return false;
        }
        InnerInterpreter.Start();
        return true;
    }

    /// <summary>
    /// Turns native code on (colon definitions compile to x86-64 on first entry; NATIVE) or off (-NATIVE). On needs
    /// the host's <see cref="HostServices.MapCode"/>: a host offers it only on x86-64. False when it stays off.
    /// </summary>
    public bool SetNativeCode(bool on)
    {
        if (!on)
        {
            Native.Disable();
        }
        else if (!Native.Enable(host, Arena.Size))
        {
            return false;
        }
        InnerInterpreter.NativeOn = Native.Enabled;
        return Native.Enabled;
    }

    /// <summary>
    /// The host's assembly text for native code (<see cref="HostServices.Disassemble"/>) in <paramref name="text"/>;
    /// its length, or -1 when the host has no disassembler or the text does not fit.
    /// </summary>
    public unsafe int DisassembleNative(System.ReadOnlySpan<byte> code, ulong address, System.Span<byte> text)
    {
        if (host.Disassemble == null)
        {
            return -1;
        }
        fixed (byte* codeBytes = code)
        fixed (byte* textBytes = text)
        {
            return host.Disassemble(host.Context, codeBytes, code.Length, address, textBytes, text.Length);
        }
    }

    /// <summary>Returns every block the machine took from the host.</summary>
    public void Release()
    {
        Arena.Release(host);
        throws.Release(host);
        Stack.Release(host);
        ReturnStack.Release(host);
        Locals.Release(host);
        LocalNames.Release(host);
        WordTable.Release(host);
        Profile.Release(host);
        Access.Release(host);
        Output.Release();
        Blocks.Release();
        Vocabularies.Release(host);
        Lookup.Release(host);
        Terminal.Release();
        InputSources.Release();
        Files.Release();
        Native.Release(host);
    }

    /// <summary>The THROW code of the failure in progress, or 0: any cell, as THROW takes all 64 bits.</summary>
    public long ThrowCode
    {
        get => throws.Code;
        set => throws.Code = value;
    }

    /// <summary>The name or text the latest error is about (for -13, the unknown word), if any; kept after the reset.</summary>
    public System.ReadOnlySpan<byte> ErrorDetail => throws.Detail;

    /// <summary>Starts a THROW: the first code wins until it is caught or reported.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Throw(long code) => throws.Raise(code);

    /// <summary>Starts a THROW whose message names a word or text in the arena.</summary>
    public void Throw(long code, System.ReadOnlySpan<byte> detail) => throws.Raise(code, detail);

    /// <summary>The state of the test words (T{ -> }T), made on first use; the VM itself does not interpret it.</summary>
    public PostHarness Tests => tests ??= new PostHarness();

    /// <summary>Pops an execution token: the word_id of a live word, or -1 after -4 (empty stack) or -9 (not a word).</summary>
    public int PopExecutionToken()
    {
        long xt = Stack.Pop();
        if (ThrowCode != 0)
        {
            return -1;
        }
        if (!WordTable.IsWord(xt))
        {
            Throw(StarForth.ThrowCode.InvalidAddress);
            return -1;
        }
        return (int)xt;
    }

    /// <summary>
    /// COLD: forgets every word defined since bootstrap (or since SAVE-SYSTEM) and resets BASE, STATE and the search
    /// order (FORTH alone, FORTH current).
    /// </summary>
    public void ColdStart()
    {
        if (Compiler.DefinitionWordId >= 0)
        {
            Compiler.AbandonDefinition();
        }
        Dictionary.ReturnToColdImage();
        Vocabularies.SetMinimumOrder();
        Vocabularies.Compilation = StarForth.Vocabulary.Forth;
        Arena.Base = 10;
        Compiler.Compiling = false;
    }

    /// <summary>: NAME — parses the name and starts a colon definition (-29 inside one, before anything is parsed).</summary>
    public void BeginDefinition()
    {
        if (Compiler.DefinitionWordId >= 0)
        {
            Throw(StarForth.ThrowCode.CompilerNesting);
            return;
        }
        long nameAddress = OuterInterpreter.ParseName(out long nameLength);
        Compiler.BeginDefinition(nameAddress, nameLength);
    }
}
