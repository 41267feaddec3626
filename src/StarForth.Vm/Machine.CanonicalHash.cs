namespace StarForth;

// The canonical dictionary hash (docs/parity.md): every entry oldest first, its header fields and, for a colon
// definition, its body decoded cell by cell: word_ids, literal values, branch offsets in cells and inline strings.
// Addresses, padding and run-time fields (heat, the execution window, ACL TTLs) never enter it.
public sealed unsafe partial class Machine
{
    /// <summary>The M7.1a hash of the whole live dictionary.</summary>
    public ulong ComputeDictionaryHash()
    {
        ulong hash = CanonicalHash.OffsetBasis;
        for (int wordId = 0; wordId < WordTable.NextWordId; wordId++)
        {
            if (WordTable.Kinds[wordId] != WordKind.None)
            {
                hash = AddEntry(hash, wordId);
            }
        }
        return hash;
    }

    /// <summary>One entry hashed alone from the offset basis: its entry_hash in --dump-dictionary.</summary>
    public ulong ComputeEntryHash(int wordId) => AddEntry(CanonicalHash.OffsetBasis, wordId);

    /// <summary>The hash of a colon definition's body alone (0 for other words): equal bodies hash equal wherever they lie.</summary>
    public ulong ComputeBodyHash(int wordId) =>
        WordTable.KindOf(wordId) == WordKind.Colon ? AddBody(CanonicalHash.OffsetBasis, WordTable.BodyAddresses[wordId], WordTable.BodyEnds[wordId]) : 0;

    private ulong AddEntry(ulong hash, int wordId)
    {
        hash = CanonicalHash.AddHeader(hash, WordTable.FlagsOf(wordId), WordTable.NameOf(wordId), WordTable.AclDefaultOf(wordId), wordId);
        return WordTable.Kinds[wordId] == WordKind.Colon ? AddBody(hash, WordTable.BodyAddresses[wordId], WordTable.BodyEnds[wordId]) : hash;
    }

    private ulong AddBody(ulong hash, long start, long end)
    {
        long cell = start;
        while (cell < end)
        {
            long wordId = *(long*)(Arena.Start + cell);
            cell += ArenaLayout.CellSize;
            hash = CanonicalHash.AddUInt32(hash, (uint)wordId);
            WordOperand operand = WordTable.IsWord(wordId) ? words.OperandOf((int)wordId) : WordOperand.None;
            if (operand == WordOperand.None || cell >= end)
            {
                continue;
            }
            long value = *(long*)(Arena.Start + cell);
            cell += ArenaLayout.CellSize;
            switch (operand)
            {
                case WordOperand.Literal:
                    hash = CanonicalHash.AddUInt64(hash, (ulong)value);
                    break;
                case WordOperand.Branch:
                    hash = CanonicalHash.AddUInt32(hash, (uint)value);
                    break;
                case WordOperand.InlineString:
                    long length = value < 0 || value > end - cell ? 0 : value;
                    hash = CanonicalHash.AddUInt32(hash, (uint)length);
                    hash = CanonicalHash.AddBytes(hash, new System.ReadOnlySpan<byte>(Arena.Start + cell, (int)length));
                    cell = Arena.AlignedAddress(cell + length);
                    break;
            }
        }
        return hash;
    }
}
