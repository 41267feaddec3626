namespace StarForth;

/// <summary>
/// One Forth machine: its arena, stacks, dictionary and interpreter state. Primitives receive it and
/// work through its members; nothing in here knows whether it runs hosted or in StarKernel.
/// </summary>
/// <remarks>
/// Failures never unwind the .NET stack: a failing operation records a THROW code in <see cref="ThrowCode"/>
/// and returns; the inner interpreter hands it to the nearest CATCH, or back to the host.
/// </remarks>
public sealed unsafe partial class Machine
{
    public const int DefaultDataStackCells = 1024;
    public const int DefaultReturnStackCells = 1024;
    public const long DefaultArenaSize = 5 * 1024 * 1024;

    /// <summary>word_ids are indexes into per-word tables of this capacity.</summary>
    public const int MaxWords = WordTable.Capacity;

    public const int BootOk = 0;
    public const int BootOutOfMemory = 1;
    public const int BootArenaTooSmall = 2;
    public const int BootHashMismatch = 3;
    public const int BootCountMismatch = 4;
    public const int BootMissingThreadingWord = 5;

    private HostServices host;
    private readonly WordSet words;
    private readonly ThrowState throws;

    public readonly Arena Arena;

    public readonly WordTable WordTable;

    public readonly Clock Clock;

    public readonly RandomSource Random;

    public readonly ExecutionProfile Profile;

    public readonly AccessControl Access;

    public readonly InnerInterpreter InnerInterpreter;

    public readonly Output Output;

    public readonly BlockStore Blocks;

    public readonly Vocabularies Vocabularies;

    public readonly WordLookup Lookup;

    public readonly TerminalInput Terminal;

    public readonly DataSpace DataSpace;

    public readonly Dictionary Dictionary;

    public readonly Compiler Compiler;

    public readonly OuterInterpreter OuterInterpreter;

    /// <summary>The data stack.</summary>
    public readonly CellStack Stack;

    public readonly CellStack ReturnStack;

    private Machine(HostServices host, WordSet words)
    {
        this.host = host;
        this.words = words;
        throws = new ThrowState();
        Arena = new Arena(throws);
        WordTable = new WordTable(Arena);
        Clock = new Clock(host, throws);
        Random = new RandomSource();
        Profile = new ExecutionProfile(WordTable, Clock);
        Access = new AccessControl(WordTable, throws);
        Stack = new CellStack(throws, DefaultDataStackCells, StarForth.ThrowCode.StackOverflow, StarForth.ThrowCode.StackUnderflow);
        ReturnStack = new CellStack(throws, DefaultReturnStackCells, StarForth.ThrowCode.ReturnStackOverflow, StarForth.ThrowCode.ReturnStackUnderflow);
        Output = new Output(host, Arena, throws);
        Blocks = new BlockStore(host, Arena, throws);
        Vocabularies = new Vocabularies(Arena, throws);
        Lookup = new WordLookup(Arena, WordTable, Vocabularies, throws);
        Terminal = new TerminalInput(host, Arena, Output);
        DataSpace = new DataSpace(Arena, throws);
        Dictionary = new Dictionary(words, throws, Arena, DataSpace, WordTable, Lookup, Vocabularies, Profile, Access);
        Compiler = new Compiler(throws, Arena, DataSpace, Dictionary, WordTable, Lookup, Stack);
        InnerInterpreter = new InnerInterpreter(this, words, throws, Arena, Stack, ReturnStack, WordTable, Profile, Access);
        OuterInterpreter = new OuterInterpreter(host, throws, Arena, DataSpace, Stack, ReturnStack, WordTable, Lookup, Vocabularies, Compiler,
            InnerInterpreter, Blocks, Terminal);
    }

    /// <summary>The THROW code of the failure in progress, or 0.</summary>
    public int ThrowCode
    {
        get => throws.Code;
        set => throws.Code = value;
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
        if (!machine.AllocateMemory(arenaSize))
        {
            return BootOutOfMemory;
        }
        machine.InitializeArena();
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
        return BootOk;
    }

    private bool AllocateMemory(long arenaSize)
    {
        if (!Arena.Allocate(host, arenaSize) || !throws.Allocate(host) || !Stack.Allocate(host) || !ReturnStack.Allocate(host) || !WordTable.Allocate(host)
            || !Profile.Allocate(host) || !Access.Allocate(host) || !Output.Allocate() || !Blocks.Allocate() || !Vocabularies.Allocate(host) || !Lookup.Allocate(host))
        {
            return false;
        }
        if (!OuterInterpreter.Allocate())
        {
            return false;
        }
        InnerInterpreter.Start();
        return true;
    }

    private void* Allocate(nuint bytes) => host.Allocate(host.Context, bytes);

    /// <summary>Returns every block the machine took from the host.</summary>
    public void Release()
    {
        Arena.Release(host);
        throws.Release(host);
        WordTable.Release(host);
        Output.Release();
        Blocks.Release();
        Vocabularies.Release(host);
        Lookup.Release(host);
        Terminal.Release();
        Profile.Release(host);
        Access.Release(host);
        Stack.Release(host);
        ReturnStack.Release(host);
        OuterInterpreter.Release();
    }

    private void FreeBlock(void* block) => host.FreeBlock(block);

    private void InitializeArena()
    {
        DataSpace.Start();
        Arena.StoreCellUnchecked(ArenaLayout.BaseAddress, 10);
        WordTable.LatestHeader = 0;
    }
}
