namespace StarForth;

// What spans parts: COLD (dictionary, compiler state, BASE), :NONAME (a header and a definition), INTERPRET.
public sealed unsafe partial class Machine
{
    /// <summary>INTERPRET: runs the outer interpreter over the rest of the current source.</summary>
    public void InterpretSource() => Interpret();

    /// <summary>COLD: forgets every word defined since bootstrap (or since SAVE-SYSTEM) and resets BASE and STATE.</summary>
    public void ColdStart()
    {
        if (definitionWordId >= 0)
        {
            AbandonDefinition();
        }
        Dictionary.ReturnToColdImage();
        Arena.Base = 10;
        Compiling = false;
    }

    /// <summary>
    /// :NONAME — starts a colon definition whose header has an empty, hidden name and pushes its xt; ; ends it
    /// as usual. The header exists so the word has a word_id, a body and a place in the canonical hash.
    /// </summary>
    public void BeginNonameDefinition()
    {
        if (definitionWordId >= 0)
        {
            Throw(StarForth.ThrowCode.CompilerNesting);
            return;
        }
        long before = DataSpace.Here;
        if (Dictionary.AddHeader(default, WordFlags.Smudged | WordFlags.Hidden, Dictionary.CurrentVocabulary) == 0)
        {
            return;
        }
        int wordId = WordTable.NextWordId - 1;
        WordTable.Kinds[wordId] = WordKind.Colon;
        Stack.Push(wordId);
        if (ThrowCode != 0)
        {
            Dictionary.DiscardLatest(before);
            return;
        }
        definitionWordId = wordId;
        hereBeforeDefinition = before;
        dataDepthAtColon = Stack.Depth;
        Compiling = true;
    }
}
