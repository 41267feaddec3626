namespace StarForth.Native;

/// <summary>
/// Native code for colon definitions: the code memory, each word's entry, the map from body cells to native code,
/// and the call into it. A definition is compiled on its first entry once native code is on (<see cref="Enable"/>);
/// its word_id body stays what the canonical hash, SEE and parity read.
/// </summary>
/// <remarks>
/// The code memory comes from the host as two views of the same pages (<see cref="HostServices.MapCode"/>): the
/// compiler writes through one that is never executable, the processor runs the other, which is never writable.
/// Native code reaches nothing but the arena, the stacks and the bookkeeping tables, all through the
/// <see cref="NativeFrame"/>; Forth sees no host address.
/// </remarks>
public sealed unsafe class NativeCode
{
    /// <summary>Bytes of code memory a machine reserves; compiling stops (the interpreter runs the rest) when it is full.</summary>
    public const int CodeCapacity = 8 * 1024 * 1024;

    private readonly NativeCompiler compiler;
    private readonly WordTable words;
    private NativeFrame* frame;
    private nint* entries;

    /// <summary>Per word_id: the length of its native code (for SEE-CODE); before it has code, its entries so far, negated.</summary>
    private int* codeLengths;

    /// <summary>
    /// Per arena cell: 1 + the offset of the native code that runs the word in that cell where native code may be
    /// entered there, its negation where it may not (the code assumes what the cells before it checked), or 0. An
    /// entry point also holds, above <see cref="OffsetBits"/>, the depth and the room its code assumes.
    /// </summary>
    private int* cellCode;

    /// <summary>Bits of a <see cref="cellCode"/> entry for 1 + the offset (<see cref="CodeCapacity"/> is 2^23).</summary>
    private const int OffsetBits = 24;

    /// <summary>Bits of an entry point's <see cref="cellCode"/> entry for the depth, and again for the room, its code assumes.</summary>
    private const int ProofBits = 3;

    /// <summary>The most data-stack cells, and free cells, the code at an entry point may assume.</summary>
    internal const int MaxResumeProof = (1 << ProofBits) - 1;
    private long cellCount;

    private byte* writable;
    private byte* executable;
    private int used;
    private int trampolineEnd;
    private bool full;

    /// <summary>How deep compiling a word compiles the words it calls first (so that it can call them directly).</summary>
    private const int MaxCalleeDepth = 8;
    private int calleeDepth;
    private delegate* unmanaged<NativeFrame*, void*, int> enter;

    /// <summary>True once <see cref="Enable"/> succeeded: colon words then run as native code.</summary>
    public bool Enabled { get; private set; }

    /// <summary>How many definitions have native code.</summary>
    public int CompiledCount { get; private set; }

    /// <summary>Bytes of native code written so far, the trampolines included.</summary>
    public int CodeBytes => used;

    /// <summary>The host addresses of the code memory's two views (for the host's own checks; Forth never sees them).</summary>
    public nint ExecutableView => (nint)executable;

    public nint WritableView => (nint)writable;

    /// <summary>True when colon word <paramref name="wordId"/> has native code now.</summary>
    public bool HasCode(int wordId) => entries != null && (uint)wordId < WordTable.Capacity && entries[wordId] != 0;

    internal NativeCode(NativeCompiler compiler, WordTable words)
    {
        this.compiler = compiler;
        this.words = words;
    }

    /// <summary>
    /// Turns native code on: takes the compiler's scratch, maps the code memory and writes the trampoline. False when
    /// the host maps no executable memory (a host offers MapCode only on x86-64) or memory runs out.
    /// </summary>
    internal bool Enable(HostServices host, long arenaSize)
    {
        if (Enabled)
        {
            return true;
        }
        if (host.MapCode == null || !compiler.Allocate(host))
        {
            return false;
        }
        bool microsoftAbi = host.MicrosoftAbi;
        if (frame == null)
        {
            byte* writableView;
            byte* executableView;
            if (host.MapCode(host.Context, CodeCapacity, &writableView, &executableView) != 0)
            {
                return false;
            }
            frame = (NativeFrame*)host.Allocate(host.Context, (nuint)sizeof(NativeFrame));
            entries = (nint*)host.Allocate(host.Context, (nuint)(WordTable.Capacity * sizeof(nint)));
            codeLengths = (int*)host.Allocate(host.Context, (nuint)(WordTable.Capacity * sizeof(int)));
            cellCount = arenaSize / ArenaLayout.CellSize;
            cellCode = (int*)host.Allocate(host.Context, (nuint)(cellCount * sizeof(int)));
            if (frame == null || entries == null || codeLengths == null || cellCode == null)
            {
                return false;
            }
            writable = writableView;
            executable = executableView;
            int trampoline = microsoftAbi ? NativeStencils.EnterMicrosoft : NativeStencils.EnterSystemV;
            used = Append(NativeStencils.CodeOf(trampoline));
            trampolineEnd = used;
            enter = (delegate* unmanaged<NativeFrame*, void*, int>)executable;
            compiler.ExitCommon = microsoftAbi ? NativeStencils.EnterMicrosoftExitCommon : NativeStencils.EnterSystemVExitCommon;
            compiler.ExitReturned = microsoftAbi ? NativeStencils.EnterMicrosoftReturned : NativeStencils.EnterSystemVReturned;
        }
        Enabled = true;
        return true;
    }

    /// <summary>Turns native code off: colon words are interpreted again (their code stays for the next <see cref="Enable"/>).</summary>
    internal void Disable() => Enabled = false;

    /// <summary>Gives the code memory and the tables back to the host.</summary>
    internal void Release(HostServices host)
    {
        Enabled = false;
        if (executable != null && host.UnmapCode != null)
        {
            host.UnmapCode(host.Context, writable, executable, CodeCapacity);
        }
        host.FreeBlock(frame);
        host.FreeBlock(entries);
        host.FreeBlock(codeLengths);
        host.FreeBlock(cellCode);
        writable = null;
        executable = null;
        frame = null;
        entries = null;
        codeLengths = null;
        cellCode = null;
        compiler.Release(host);
    }

    internal NativeFrame* Frame => frame;

    /// <summary>
    /// Where <paramref name="wordId"/>'s native code is found (0 for none): calls without a direct target go through
    /// it, so a word compiled later or forgotten is seen at once.
    /// </summary>
    internal nint* EntryCellOf(int wordId) => entries + wordId;

    /// <summary>
    /// Colon word <paramref name="wordId"/>'s native code, compiled now if it has none yet (SEE-CODE): where it runs,
    /// and its bytes, read through the writable view. Empty when native code is off or the word cannot have any.
    /// </summary>
    public System.ReadOnlySpan<byte> CodeOf(int wordId, out ulong runAddress)
    {
        runAddress = 0;
        if (!Enabled || !words.IsWord(wordId) || words.Kinds[wordId] != WordKind.Colon || EntryOf(wordId) == 0)
        {
            return default;
        }
        runAddress = (ulong)entries[wordId];
        return new System.ReadOnlySpan<byte>(writable + ((byte*)entries[wordId] - executable), codeLengths[wordId]);
    }

    /// <summary>The offset of colon word <paramref name="wordId"/>'s native code in the code memory, or -1 when it has none.</summary>
    internal int CodeOffsetOf(int wordId) => entries[wordId] == 0 ? -1 : (int)((byte*)entries[wordId] - executable);

    /// <summary>Where the word in the cell at <paramref name="address"/> starts in its definition's code, or -1 (no native code runs it).</summary>
    public int OffsetInCode(int wordId, long address)
    {
        long cell = CellOf(address);
        if (entries == null || entries[wordId] == 0 || cell < 0 || cellCode[cell] == 0)
        {
            return -1;
        }
        return (int)(executable + OffsetOf(cellCode[cell]) - (byte*)entries[wordId]);
    }

    /// <summary>
    /// On which entry from the interpreter a colon word is compiled. Both were measured (docs/performance.md): on the
    /// second entry, the compile-heavy benchmark (10,000 definitions, each run once) took 40-60 ms instead of 82, but
    /// bubble took 5.5 s instead of 0.5: its sort loop is in a word entered once, which stayed interpreted while every
    /// call of its three-word callee went in and out of native code. So the default is the first entry.
    /// </summary>
    public int CompileOnEntry { get; set; } = 1;

    /// <summary>The interpreter's colon entry: the word's native code, compiled on entry <see cref="CompileOnEntry"/>.</summary>
    internal nint EntryWhenHot(int wordId)
    {
        if (entries[wordId] == 0 && !full)
        {
            // Until it is compiled, a word's code length counts its entries, negated.
            int entered = 1 - codeLengths[wordId];
            if (entered < CompileOnEntry)
            {
                codeLengths[wordId] = -entered;
                return 0;
            }
        }
        return EntryOf(wordId);
    }

    /// <summary>The native code of colon word <paramref name="wordId"/>, compiled now if it has none yet; 0 when it cannot have any.</summary>
    internal nint EntryOf(int wordId)
    {
        nint entry = entries[wordId];
        if (entry != 0 || full)
        {
            return entry;
        }
        long body = words.BodyAddresses[wordId];
        long end = words.BodyEnds[wordId];
        if (end <= body)
        {
            return 0; // still being compiled, or empty
        }
        if (calleeDepth < MaxCalleeDepth)
        {
            calleeDepth++;
            compiler.CompileCallees(this, wordId, body, end);
            calleeDepth--;
        }
        int start = compiler.Compile(this, wordId, body, end, out int length);
        if (start < 0)
        {
            full = start == NativeCompiler.NoRoom; // then no more compiling: the interpreter runs what has no code
            return 0;
        }
        CompiledCount++;
        codeLengths[wordId] = length;
        entries[wordId] = (nint)(executable + start);
        return entries[wordId];
    }

    /// <summary>
    /// The native code that runs the word in the cell at <paramref name="address"/>, or 0: none, or the data stack
    /// has fewer than the cells or free cells the code there assumes (the interpreter then goes on itself).
    /// </summary>
    internal nint ResumeAt(long address, int depth, int room)
    {
        long cell = CellOf(address);
        int code = cell < 0 ? 0 : cellCode[cell];
        if (code <= 0 || depth < ((code >> OffsetBits) & MaxResumeProof) || room < ((code >> (OffsetBits + ProofBits)) & MaxResumeProof))
        {
            return 0;
        }
        return (nint)(executable + OffsetOf(code));
    }

    /// <summary>The code offset a nonzero <see cref="cellCode"/> entry holds, whether native code may be entered there or not.</summary>
    private static int OffsetOf(int code) => code > 0 ? (code & ((1 << OffsetBits) - 1)) - 1 : -code - 1;

    /// <summary>The index in <see cref="cellCode"/> of the arena cell at <paramref name="address"/>, or -1 when it is not a cell of the arena.</summary>
    private long CellOf(long address) =>
        (ulong)address >= (ulong)(cellCount * ArenaLayout.CellSize) || (address & (ArenaLayout.CellSize - 1)) != 0 ? -1 : address / ArenaLayout.CellSize;

    /// <summary>Runs native code with the frame already filled; returns why it stopped.</summary>
    internal NativeExit Run(nint code) => (NativeExit)enter(frame, (void*)code);

    /// <summary>Words <paramref name="firstWordId"/> up to <paramref name="endWordId"/> are being removed: their code is no longer reachable.</summary>
    internal void Forget(int firstWordId, int endWordId)
    {
        if (entries == null)
        {
            return;
        }
        for (int wordId = firstWordId; wordId < endWordId; wordId++)
        {
            codeLengths[wordId] = 0;
            if (entries[wordId] != 0)
            {
                ForgetCells(this.words.BodyAddresses[wordId], this.words.BodyEnds[wordId]);
                entries[wordId] = 0;
                CompiledCount--;
            }
        }
        ReclaimUnusedEnd();
    }

    /// <summary>
    /// Takes back the code memory after the last live definition's code (MARKER and FORGET in a long session). Only
    /// a definition newer than a forgotten word can call it, and it is forgotten too, so nothing live jumps there.
    /// </summary>
    private void ReclaimUnusedEnd()
    {
        int end = trampolineEnd;
        for (int wordId = 0; wordId < words.NextWordId; wordId++)
        {
            if (entries[wordId] != 0)
            {
                int codeEnd = CodeOffsetOf(wordId) + codeLengths[wordId];
                end = codeEnd > end ? codeEnd : end;
            }
        }
        if (end < used)
        {
            used = end;
            full = false;
        }
    }

    private void ForgetCells(long body, long end)
    {
        long stop = System.Math.Min(end / ArenaLayout.CellSize, cellCount);
        for (long cell = CellOf(body); cell >= 0 && cell < stop; cell++)
        {
            cellCode[cell] = 0;
        }
    }

    /// <summary>Space for <paramref name="length"/> more bytes of code, or -1.</summary>
    internal int Reserve(int length) => used + length > CodeCapacity ? -1 : used;

    /// <summary>Where the compiler writes (never executable).</summary>
    internal byte* Writable => writable;

    /// <summary>Commits <paramref name="length"/> bytes written at the reserved offset.</summary>
    internal void Commit(int length) => used += length;

    /// <summary>
    /// Records that the word in the cell at <paramref name="address"/> runs as the code at <paramref name="offset"/>,
    /// whether native code may be entered there, and with how many data-stack cells and free cells at least.
    /// </summary>
    internal void MapCell(long address, int offset, bool resumable, int assumedDepth, int assumedRoom)
    {
        long cell = CellOf(address);
        if (cell >= 0)
        {
            cellCode[cell] = resumable ? (offset + 1) | (assumedDepth << OffsetBits) | (assumedRoom << (OffsetBits + ProofBits)) : -(offset + 1);
        }
    }

    private int Append(System.ReadOnlySpan<byte> code)
    {
        for (int i = 0; i < code.Length; i++)
        {
            writable[used + i] = code[i];
        }
        return used + code.Length;
    }

}
