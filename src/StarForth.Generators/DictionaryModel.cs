using System.Collections.Generic;

namespace StarForth.Generators;

/// <summary>One bootstrap entry as the generator emits it: a lock line, and the primitive bound to it if any.</summary>
public readonly record struct DictionaryEntry(
    int WordId,
    string Name,
    int Flags,
    int VocabularyIndex,
    ulong EntryHash,
    WordDeclaration? Primitive,
    string? ConstantName);

/// <summary>A fused pair resolved to word_ids: the first word's case jumps to the second's when it follows.</summary>
public readonly record struct FusedPair(int First, int Second, NamePair Names);

/// <summary>Everything the emitted source is made from.</summary>
public readonly record struct DictionaryModel(
    EquatableArray<DictionaryEntry> Entries,
    int LatestWordId,
    ulong HeaderHash,
    EquatableArray<FusedPair> FusedPairs,
    LockPack? Pack = null)
{
    /// <summary>
    /// Binds declarations to lock entries: an attribute with an Id takes that entry (when name and vocabulary agree);
    /// otherwise it takes the newest live entry of its name in its vocabulary. The first declaration wins an entry.
    /// </summary>
    public static DictionaryModel Build(WordsLock wordsLock, EquatableArray<WordDeclaration> declarations, EquatableArray<NamePair> fusedPairs)
    {
        var bound = new Dictionary<int, WordDeclaration>();
        foreach (WordDeclaration declaration in declarations)
        {
            if (!declaration.HasValidSignature)
            {
                continue;
            }
            int wordId = Bind(wordsLock, declaration);
            if (wordId >= 0 && !bound.ContainsKey(wordId))
            {
                bound.Add(wordId, declaration);
            }
        }

        var constantNames = new Dictionary<string, int>();
        var entries = new List<DictionaryEntry>();
        ulong headerHash = CanonicalHash.OffsetBasis;
        int latest = -1;
        for (int i = wordsLock.Entries.Count - 1; i >= 0; i--)
        {
            // Newest first, so the newest binding of a method gets the plain constant name.
            LockEntry entry = wordsLock.Entries[i];
            if (bound.TryGetValue(entry.WordId, out WordDeclaration primitive) && !constantNames.ContainsKey(primitive.MethodName))
            {
                constantNames.Add(primitive.MethodName, entry.WordId);
            }
        }
        foreach (LockEntry entry in wordsLock.Entries)
        {
            if (entry.Retired)
            {
                continue;
            }
            WordDeclaration? primitive = null;
            string? constantName = null;
            int flags = entry.Flags;
            if (bound.TryGetValue(entry.WordId, out WordDeclaration declaration))
            {
                primitive = declaration;
                flags = declaration.Flags;
                constantName = constantNames[declaration.MethodName] == entry.WordId
                    ? declaration.MethodName
                    : declaration.MethodName + "_" + entry.WordId;
            }
            byte[] name = System.Text.Encoding.UTF8.GetBytes(entry.Name);
            ulong entryHash = CanonicalHash.AddHeader(CanonicalHash.OffsetBasis, (WordFlags)flags, name, WordHeader.DefaultAcl, entry.WordId);
            headerHash = CanonicalHash.AddHeader(headerHash, (WordFlags)flags, name, WordHeader.DefaultAcl, entry.WordId);
            latest = entry.WordId;
            entries.Add(new DictionaryEntry(entry.WordId, entry.Name, flags, Vocabulary.IndexOf(entry.Vocabulary), entryHash, primitive, constantName));
        }
        return new DictionaryModel(new EquatableArray<DictionaryEntry>(entries.ToArray()), latest, headerHash, ResolvePairs(entries, fusedPairs), wordsLock.Pack);
    }

    /// <summary>
    /// Names to word_ids: each name is the newest FORTH entry of that name whose primitive runs inline (threading or
    /// stack-item form). Pairs naming anything else are left out.
    /// </summary>
    private static EquatableArray<FusedPair> ResolvePairs(List<DictionaryEntry> entries, EquatableArray<NamePair> names)
    {
        var resolved = new List<FusedPair>();
        foreach (NamePair pair in names)
        {
            int first = InlineWordNamed(entries, pair.First);
            int second = InlineWordNamed(entries, pair.Second);
            if (first >= 0 && second >= 0)
            {
                resolved.Add(new FusedPair(first, second, pair));
            }
        }
        return new EquatableArray<FusedPair>(resolved.ToArray());
    }

    private static int InlineWordNamed(List<DictionaryEntry> entries, string name)
    {
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            DictionaryEntry entry = entries[i];
            if (entry.Name == name && entry.VocabularyIndex == Vocabulary.Forth)
            {
                return entry.Primitive is WordDeclaration { Signature.Form: PrimitiveForm.Registers or PrimitiveForm.StackItems } ? entry.WordId : -1;
            }
        }
        return -1;
    }

    public static int Bind(WordsLock wordsLock, WordDeclaration declaration)
    {
        if (declaration.ExplicitId >= 0)
        {
            foreach (LockEntry entry in wordsLock.Entries)
            {
                if (entry.WordId == declaration.ExplicitId)
                {
                    return entry.Name == declaration.Name && entry.Vocabulary == declaration.Vocabulary && !entry.Retired ? entry.WordId : -1;
                }
            }
            return -1;
        }
        for (int i = wordsLock.Entries.Count - 1; i >= 0; i--)
        {
            LockEntry entry = wordsLock.Entries[i];
            if (!entry.Retired && entry.Name == declaration.Name && entry.Vocabulary == declaration.Vocabulary)
            {
                return entry.WordId;
            }
        }
        return -1;
    }
}
