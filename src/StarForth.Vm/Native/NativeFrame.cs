using System.Runtime.InteropServices;

namespace StarForth.Native;

/// <summary>
/// What native code reads and writes besides its registers: one block in host memory per machine, reached through rbp.
/// The inner interpreter fills it before it calls native code and reads it back afterwards; the stencils address its
/// fields by the offsets below (tools/StarForth.Stencils assembles them from these constants), so the layout is
/// explicit and fixed.
/// </summary>
/// <remarks>
/// The scalars of the bookkeeping (steps left, words executed, the last recorded word, executions without a transition)
/// are copies: nothing but native code changes them while native code runs, because every word native code cannot run
/// itself ends the native run first. The interrupt flag is not here: native code counts the steps down, and the inner
/// interpreter looks at the flag when the countdown runs out. The per-word tables a call touches (heat and entropy,
/// the ACL, the native entries, the transition cache) are reached through addresses the compiler writes into the call
/// (<see cref="NativeHoleKind.HeatCell"/> to <see cref="NativeHoleKind.TransitionCacheCell"/>).
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public unsafe struct NativeFrame
{
    public const int Size = 256;

    public const int DataCellsOffset = 0;
    public const int DataDepthOffset = 8;
    public const int DataCapacityOffset = 16;
    public const int ReturnCellsOffset = 24;
    public const int ReturnDepthOffset = 32;
    public const int ReturnCapacityOffset = 40;
    public const int ArenaOffset = 48;
    public const int LastCellAddressOffset = 56;
    public const int ArenaSizeOffset = 64;
    public const int SystemAreaEndOffset = 72;
    public const int StorableCellSpanOffset = 80;
    public const int InstructionPointerOffset = 88;
    public const int SavedStackPointerOffset = 96;
    public const int StepsLeftOffset = 104;
    public const int WordsExecutedOffset = 112;
    public const int LastRecordedWordOffset = 120;
    public const int UncountedRecordsOffset = 128;
    public const int TransitionsEnabledOffset = 136;
    public const int AclBypassOffset = 144;
    public const int TransitionsOffset = 152;
    public const int WindowOffset = 160;
    public const int TtlScratchOffset = 168;

    /// <summary>Data stack cells; the cell below the first is a guard the cached top of stack may be written to.</summary>
    [FieldOffset(DataCellsOffset)] public long* DataCells;
    [FieldOffset(DataDepthOffset)] public long DataDepth;
    [FieldOffset(DataCapacityOffset)] public long DataCapacity;
    [FieldOffset(ReturnCellsOffset)] public long* ReturnCells;
    [FieldOffset(ReturnDepthOffset)] public long ReturnDepth;
    [FieldOffset(ReturnCapacityOffset)] public long ReturnCapacity;
    [FieldOffset(ArenaOffset)] public byte* Arena;
    [FieldOffset(LastCellAddressOffset)] public long LastCellAddress;
    [FieldOffset(ArenaSizeOffset)] public long ArenaSize;

    /// <summary>A cell store at A is allowed without the interpreter's system-area check when (ulong)(A - SystemAreaEnd) &lt;= StorableCellSpan.</summary>
    [FieldOffset(SystemAreaEndOffset)] public long SystemAreaEnd;
    [FieldOffset(StorableCellSpanOffset)] public long StorableCellSpan;

    /// <summary>Where the interpreter goes on when native code returns.</summary>
    [FieldOffset(InstructionPointerOffset)] public long InstructionPointer;

    /// <summary>The machine stack pointer at entry: an exit from any depth of native calls returns through it.</summary>
    [FieldOffset(SavedStackPointerOffset)] public long SavedStackPointer;

    [FieldOffset(StepsLeftOffset)] public long StepsLeft;
    [FieldOffset(WordsExecutedOffset)] public long WordsExecuted;
    [FieldOffset(LastRecordedWordOffset)] public long LastRecordedWord;

    /// <summary>
    /// Executions native code recorded without counting a transition (the first word, or transitions off): the
    /// profile's count of transitions grows by the rest. A call counts into this cell as if it were a transition
    /// slot's count, so that it need not test whether it found one.
    /// </summary>
    [FieldOffset(UncountedRecordsOffset)] public long UncountedRecords;

    [FieldOffset(TransitionsEnabledOffset)] public long TransitionsEnabled;
    [FieldOffset(AclBypassOffset)] public long AclBypass;
    [FieldOffset(TransitionsOffset)] public void* Transitions;
    [FieldOffset(WindowOffset)] public int* Window;

    /// <summary>Where a call counts the TTL down while ACLs are bypassed: native code writes it, nothing reads it.</summary>
    [FieldOffset(TtlScratchOffset)] public uint TtlScratch;
}

/// <summary>Why native code returned to the inner interpreter (the trampoline's result).</summary>
public enum NativeExit
{
    /// <summary>EXIT returned past the first native definition: go on at the instruction pointer.</summary>
    Returned = 0,

    /// <summary>The word at the instruction pointer needs the interpreter (no stencil, a failed check, a slow path).</summary>
    AtWord = 1,

    /// <summary>A backward branch found the step countdown spent; the branch was taken.</summary>
    PollDue = 2,
}
