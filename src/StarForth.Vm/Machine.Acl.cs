namespace StarForth;

// The dictionary's two rules about pinned words (AccessControl keeps the pins).
public sealed unsafe partial class Machine
{
    /// <summary>True (after -256 naming it) when a new definition of this name would shadow a pinned word.</summary>
    private bool ShadowsPinnedWord(System.ReadOnlySpan<byte> name)
    {
        int existing = Lookup.FindShadowed(name);
        if (existing >= 0 && Access.IsPinned(existing))
        {
            Throw(StarForth.ThrowCode.AccessDenied, name);
            return true;
        }
        return false;
    }

    /// <summary>True (after -256 naming it) when a word from <paramref name="firstWordId"/> up is pinned.</summary>
    private bool ForgetsPinnedWord(int firstWordId)
    {
        for (int wordId = firstWordId; wordId < WordTable.NextWordId; wordId++)
        {
            if (WordTable.Kinds[wordId] != WordKind.None && Access.IsPinned(wordId))
            {
                Throw(StarForth.ThrowCode.AccessDenied, WordTable.NameOf(wordId));
                return true;
            }
        }
        return false;
    }
}
