namespace StarForth;

// Compiling word_id-threaded code: one cell per word, LIT plus the value for a literal, and branch operands
// stored as offsets in cells relative to the operand cell itself, so a body means the same wherever it lies.
public sealed unsafe partial class Machine
{
    private int literalWordId = -1;
    private int exitWordId = -1;
    private int catchEndWordId = -1;

    /// <summary>The word being defined by : (hidden until ;), or -1.</summary>
    private int definitionWordId = -1;
    private long hereBeforeDefinition;
    private long dataDepthAtColon;

    public int DefinitionWordId => definitionWordId;

    /// <summary>Finds the few words the VM itself compiles; boot fails without them.</summary>
    private bool ResolveThreadingWords()
    {
        literalWordId = Lookup.Find("LIT"u8);
        exitWordId = Lookup.Find("EXIT"u8);
        catchEndWordId = Lookup.Find("(CATCH-END)"u8);
        if (literalWordId < 0 || exitWordId < 0 || catchEndWordId < 0)
        {
            return false;
        }
        Arena.StoreCellUnchecked(ArenaLayout.CatchReturnAddress, catchEndWordId);
        return true;
    }

    public void CompileWordId(int wordId) => DataSpace.CommaCell(wordId);

    public void CompileLiteral(long value)
    {
        DataSpace.CommaCell(literalWordId);
        DataSpace.CommaCell(value);
    }

    /// <summary>Compiles a branching word with a placeholder operand; returns the operand's address for <see cref="ResolveBranch"/>.</summary>
    public long CompileForwardBranch(int wordId)
    {
        DataSpace.CommaCell(wordId);
        long operand = DataSpace.Here;
        DataSpace.CommaCell(0);
        return operand;
    }

    /// <summary>Compiles a branching word whose target is already known (a backward branch).</summary>
    public void CompileBackwardBranch(int wordId, long target)
    {
        DataSpace.CommaCell(wordId);
        long operand = DataSpace.Here;
        DataSpace.CommaCell((target - operand) / ArenaLayout.CellSize);
    }

    /// <summary>Points the operand at <paramref name="target"/>.</summary>
    public void ResolveBranch(long operand, long target) => Arena.StoreCell(operand, (target - operand) / ArenaLayout.CellSize);

    /// <summary>: NAME — starts a hidden colon definition and enters compilation state.</summary>
    public void BeginDefinition()
    {
        if (definitionWordId >= 0)
        {
            Throw(StarForth.ThrowCode.CompilerNesting);
            return;
        }
        long nameAddress = ParseName(out long nameLength);
        if (nameLength == 0)
        {
            Throw(StarForth.ThrowCode.ZeroLengthName);
            return;
        }
        long before = DataSpace.Here;
        int wordId = Dictionary.CreateWord(nameAddress, nameLength, WordKind.Colon, WordFlags.Smudged);
        if (wordId < 0)
        {
            return;
        }
        definitionWordId = wordId;
        hereBeforeDefinition = before;
        dataDepthAtColon = Stack.Depth;
        Compiling = true;
    }

    /// <summary>; — ends the definition: EXIT, reveal, back to interpretation.</summary>
    public void EndDefinition()
    {
        if (definitionWordId < 0)
        {
            Throw(StarForth.ThrowCode.CompileOnly);
            return;
        }
        if (Stack.Depth != dataDepthAtColon)
        {
            // An IF without THEN (or similar) left its control-flow entry behind.
            Throw(StarForth.ThrowCode.ControlStructureMismatch);
            return;
        }
        CompileWordId(exitWordId);
        if (ThrowCode != 0)
        {
            return;
        }
        WordTable.BodyEnds[definitionWordId] = (int)DataSpace.Here;
        WordFlags flags = WordTable.FlagsOf(definitionWordId);
        WordTable.SetFlags(definitionWordId, (flags & ~WordFlags.Smudged) | WordFlags.Colon);
        definitionWordId = -1;
        Compiling = false;
    }

    /// <summary>Drops a half-compiled definition (after an error or ABORT), restoring HERE and the word_id counter.</summary>
    private void AbandonDefinition()
    {
        if (definitionWordId >= 0)
        {
            if (WordTable.HeaderAddresses[definitionWordId] == WordTable.LatestHeader)
            {
                Dictionary.DiscardLatest(hereBeforeDefinition);
            }
            definitionWordId = -1;
        }
    }
}
