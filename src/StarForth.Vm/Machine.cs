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
    public const int MaxWords = 32768;

    public const int BootOk = 0;
    public const int BootOutOfMemory = 1;
    public const int BootArenaTooSmall = 2;
    public const int BootHashMismatch = 3;
    public const int BootCountMismatch = 4;
    public const int BootMissingThreadingWord = 5;

    private HostServices host;
    private readonly WordSet words;

    private Machine(HostServices host, WordSet words)
    {
        this.host = host;
        this.words = words;
    }

    /// <summary>The THROW code of the failure in progress, or 0: any cell, as THROW takes all 64 bits.</summary>
    public long ThrowCode;

    /// <summary>The instruction pointer: arena address of the next body cell, 0 when returning to the host.</summary>
    public long Ip;

    /// <summary>True when a fake clock advancing 1000 ns per read replaces the host's (parity mode).</summary>
    public bool DeterministicClock;

    private ulong fakeClockNanoseconds;

    public ulong BootstrapHashAtRunTime { get; private set; }

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
        machine.bootstrapFence = machine.wordCount;
        if (machine.wordCount != words.BootstrapEntryCount || machine.LatestWordId != words.BootstrapLatestWordId)
        {
            return BootCountMismatch;
        }
        if (!machine.ResolveThreadingWords())
        {
            return BootMissingThreadingWord;
        }
        machine.BootstrapHashAtRunTime = machine.ComputeDictionaryHash();
        if (machine.BootstrapHashAtRunTime != words.BootstrapHeaderHash)
        {
            return BootHashMismatch;
        }
        return BootOk;
    }

    private bool AllocateMemory(long arenaSize)
    {
        arena = (byte*)Allocate((nuint)arenaSize);
        dataStack = (long*)Allocate((nuint)(DefaultDataStackCells * sizeof(long)));
        returnStack = (long*)Allocate((nuint)(DefaultReturnStackCells * sizeof(long)));
        headerAddress = (int*)Allocate((nuint)(MaxWords * sizeof(int)));
        bodyAddress = (int*)Allocate((nuint)(MaxWords * sizeof(int)));
        doesCode = (int*)Allocate((nuint)(MaxWords * sizeof(int)));
        bodyEnd = (int*)Allocate((nuint)(MaxWords * sizeof(int)));
        heat = (long*)Allocate((nuint)(MaxWords * sizeof(long)));
        executionWindow = (int*)Allocate((nuint)(ExecutionWindowSize * sizeof(int)));
        wordKind = (WordKind*)Allocate((nuint)(MaxWords * sizeof(WordKind)));
        outputBuffer = (byte*)Allocate(OutputBufferSize);
        errorDetail = (byte*)Allocate(ErrorDetailCapacity);
        inputSources = (InputSource*)Allocate((nuint)(MaxInputNesting * sizeof(InputSource)));
        if (arena == null || dataStack == null || returnStack == null || headerAddress == null || bodyAddress == null
            || doesCode == null || bodyEnd == null || heat == null || executionWindow == null || wordKind == null || outputBuffer == null || errorDetail == null || inputSources == null)
        {
            return false;
        }
        if (!AllocateRuntimeState())
        {
            return false;
        }
        arenaSize_ = arenaSize;
        lastCellAddress = arenaSize - ArenaLayout.CellSize;
        dataStackCapacity = DefaultDataStackCells;
        returnStackCapacity = DefaultReturnStackCells;
        return true;
    }

    private void* Allocate(nuint bytes) => host.Allocate(host.Context, bytes);

    /// <summary>Returns every block the machine took from the host.</summary>
    public void Release()
    {
        FreeBlock(arena);
        FreeBlock(dataStack);
        FreeBlock(returnStack);
        FreeBlock(headerAddress);
        FreeBlock(bodyAddress);
        FreeBlock(doesCode);
        FreeBlock(bodyEnd);
        FreeBlock(heat);
        FreeBlock(executionWindow);
        FreeBlock(wordKind);
        FreeBlock(outputBuffer);
        FreeBlock(errorDetail);
        FreeBlock(inputSources);
        FreeBlock(captureBuffer);
        FreeBlock(keyBuffer);
        FreeBlock(pendingInput);
        ReleaseRuntimeState();
        arena = null;
        dataStack = null;
        returnStack = null;
        headerAddress = null;
        bodyAddress = null;
        doesCode = null;
        bodyEnd = null;
        heat = null;
        executionWindow = null;
        wordKind = null;
        outputBuffer = null;
        errorDetail = null;
        inputSources = null;
        captureBuffer = null;
        keyBuffer = null;
        pendingInput = null;
    }

    private void FreeBlock(void* block)
    {
        if (block != null)
        {
            host.Free(host.Context, block);
        }
    }

    private void InitializeArena()
    {
        here = ArenaLayout.DictionaryStart;
        inputFloor = ArenaLayout.InputTop(arenaSize_);
        StoreCellUnchecked(ArenaLayout.BaseAddress, 10);
        latestHeader = 0;
    }

    /// <summary>Reads the clock: the host's, or in parity mode a fake one that advances 1000 ns per read.</summary>
    public ulong MonotonicNanoseconds()
    {
        if (DeterministicClock)
        {
            fakeClockNanoseconds += 1000;
            return fakeClockNanoseconds;
        }
        return host.MonotonicNanoseconds(host.Context);
    }
}
