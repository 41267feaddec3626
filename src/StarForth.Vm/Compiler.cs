namespace StarForth;

/// <summary>
/// Compiling word_id-threaded code: one cell per word, LIT plus the value for a literal, and branch operands stored as
/// offsets in cells relative to the operand cell itself, so a body means the same wherever it lies. Owns STATE and the
/// definition in progress (: and :NONAME up to ;), which an error abandons, giving its space and word_id back.
/// </summary>
public sealed unsafe class Compiler
{
    private readonly ThrowState throws;
    private readonly Arena arena;
    private readonly DataSpace dataSpace;
    private readonly Dictionary dictionary;
    private readonly WordTable wordTable;
    private readonly WordLookup lookup;
    private readonly CellStack stack;
    private readonly LocalNames localNames;

    private int literalWordId = -1;
    private int exitWordId = -1;
    private int catchEndWordId = -1;
    private int localFetchWordId = -1;

    /// <summary>The word being defined by : (hidden until ;), or -1.</summary>
    private int definitionWordId = -1;
    private long hereBeforeDefinition;
    private long dataDepthAtColon;

    internal Compiler(ThrowState throws, Arena arena, DataSpace dataSpace, Dictionary dictionary, WordTable wordTable, WordLookup lookup, CellStack stack, LocalNames localNames)
    {
        this.localNames = localNames;
        this.throws = throws;
        this.arena = arena;
        this.dataSpace = dataSpace;
        this.dictionary = dictionary;
        this.wordTable = wordTable;
        this.lookup = lookup;
        this.stack = stack;
    }

    public int DefinitionWordId => definitionWordId;

    /// <summary>STATE: true while compiling.</summary>
    public bool Compiling
    {
        get => arena.FetchCellUnchecked(ArenaLayout.StateAddress) != 0;
        set => arena.StoreCellUnchecked(ArenaLayout.StateAddress, value ? -1 : 0);
    }

    /// <summary>Finds the few words the VM itself compiles; boot fails without them.</summary>
    internal bool ResolveThreadingWords()
    {
        literalWordId = lookup.Find("LIT"u8);
        exitWordId = lookup.Find("EXIT"u8);
        catchEndWordId = lookup.Find("(CATCH-END)"u8);
        localFetchWordId = lookup.Find("(LOCAL@)"u8);
        int localsEndWordId = lookup.Find("(LOCALS-END)"u8);
        if (literalWordId < 0 || exitWordId < 0 || catchEndWordId < 0 || localFetchWordId < 0 || localsEndWordId < 0)
        {
            return false;
        }
        arena.StoreCellUnchecked(ArenaLayout.CatchReturnAddress, catchEndWordId);
        arena.StoreCellUnchecked(ArenaLayout.LocalsReturnAddress, localsEndWordId);
        return true;
    }

    public void CompileWordId(int wordId) => dataSpace.CommaCell(wordId);

    public void CompileLiteral(long value)
    {
        dataSpace.CommaCell(literalWordId);
        dataSpace.CommaCell(value);
    }

    /// <summary>
    /// While compiling: when <paramref name="name"/> is a local of the definition, compiles (LOCAL@) and its number
    /// and returns true. Locals are looked up before the dictionary, so they shadow every word.
    /// </summary>
    public bool TryCompileLocal(System.ReadOnlySpan<byte> name)
    {
        if (definitionWordId < 0 || localNames.Count == 0)
        {
            return false;
        }
        int slot = localNames.Find(name);
        if (slot < 0)
        {
            return false;
        }
        dataSpace.CommaCell(localFetchWordId);
        dataSpace.CommaCell(slot);
        return true;
    }

    /// <summary>Compiles a branching word with a placeholder operand; returns the operand's address for <see cref="ResolveBranch"/>.</summary>
    public long CompileForwardBranch(int wordId)
    {
        dataSpace.CommaCell(wordId);
        long operand = dataSpace.Here;
        dataSpace.CommaCell(0);
        return operand;
    }

    /// <summary>Compiles a branching word whose target is already known (a backward branch).</summary>
    public void CompileBackwardBranch(int wordId, long target)
    {
        dataSpace.CommaCell(wordId);
        long operand = dataSpace.Here;
        dataSpace.CommaCell((target - operand) / ArenaLayout.CellSize);
    }

    /// <summary>Points the operand at <paramref name="target"/>.</summary>
    public void ResolveBranch(long operand, long target) => arena.StoreCell(operand, (target - operand) / ArenaLayout.CellSize);

    /// <summary>: NAME — starts a hidden colon definition named by arena bytes and enters compilation state.</summary>
    public void BeginDefinition(long nameAddress, long nameLength)
    {
        if (definitionWordId >= 0)
        {
            throws.Raise(ThrowCode.CompilerNesting);
            return;
        }
        if (nameLength == 0)
        {
            throws.Raise(ThrowCode.ZeroLengthName);
            return;
        }
        long before = dataSpace.Here;
        int wordId = dictionary.CreateWord(nameAddress, nameLength, WordKind.Colon, WordFlags.Smudged);
        if (wordId < 0)
        {
            return;
        }
        definitionWordId = wordId;
        hereBeforeDefinition = before;
        dataDepthAtColon = stack.Depth;
        localNames.Clear();
        Compiling = true;
    }

    /// <summary>; — ends the definition: EXIT, reveal, back to interpretation.</summary>
    public void EndDefinition()
    {
        if (definitionWordId < 0)
        {
            throws.Raise(ThrowCode.CompileOnly);
            return;
        }
        if (stack.Depth != dataDepthAtColon)
        {
            // An IF without THEN (or similar) left its control-flow entry behind.
            throws.Raise(ThrowCode.ControlStructureMismatch);
            return;
        }
        CompileWordId(exitWordId);
        if (throws.Code != 0)
        {
            return;
        }
        wordTable.BodyEnds[definitionWordId] = (int)dataSpace.Here;
        WordFlags flags = wordTable.FlagsOf(definitionWordId);
        wordTable.SetFlags(definitionWordId, (flags & ~WordFlags.Smudged) | WordFlags.Colon);
        definitionWordId = -1;
        localNames.Clear();
        Compiling = false;
    }

    /// <summary>Drops a half-compiled definition (after an error or ABORT), restoring HERE and the word_id counter.</summary>
    internal void AbandonDefinition()
    {
        if (definitionWordId >= 0)
        {
            if (wordTable.HeaderAddresses[definitionWordId] == wordTable.LatestHeader)
            {
                dictionary.DiscardLatest(hereBeforeDefinition);
            }
            definitionWordId = -1;
        }
        localNames.Clear();
    }

    /// <summary>
    /// :NONAME — starts a colon definition whose header has an empty, hidden name and pushes its xt; ; ends it
    /// as usual. The header exists so the word has a word_id, a body and a place in the canonical hash.
    /// </summary>
    public void BeginNonameDefinition()
    {
        if (definitionWordId >= 0)
        {
            throws.Raise(ThrowCode.CompilerNesting);
            return;
        }
        long before = dataSpace.Here;
        if (dictionary.AddHeader(default, WordFlags.Smudged | WordFlags.Hidden, dictionary.CurrentVocabulary) == 0)
        {
            return;
        }
        int wordId = wordTable.NextWordId - 1;
        wordTable.Kinds[wordId] = WordKind.Colon;
        stack.Push(wordId);
        if (throws.Code != 0)
        {
            dictionary.DiscardLatest(before);
            return;
        }
        definitionWordId = wordId;
        hereBeforeDefinition = before;
        dataDepthAtColon = stack.Depth;
        localNames.Clear();
        Compiling = true;
    }

    /// <summary>Whether the control-flow stack is as : left it (no IF, DO, BEGIN open): where locals may be declared.</summary>
    public bool OutsideControlStructures => stack.Depth == dataDepthAtColon;
}
