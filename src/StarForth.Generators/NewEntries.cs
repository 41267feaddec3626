using System.Collections.Generic;
using System.Globalization;

namespace StarForth.Generators;

/// <summary>
/// The lock's entries that are not shipped yet: each takes an id above every shipped one, after the shipped lines,
/// and the ids grow down the file. Of the lines out of order, only those that break the longest run of growing ids
/// are reported (one edited id is one mistake, not one per following line).
/// </summary>
internal static class NewEntries
{
    public static List<LockEntry> Place(LockLines current, List<LockEntry> unshipped, List<LockEntry> shippedEntries, int lastShippedWordId, int lastShippedLine, List<LockFinding> findings)
    {
        var shippedById = new Dictionary<int, LockEntry>();
        foreach (LockEntry entry in shippedEntries)
        {
            shippedById[entry.WordId] = entry;
        }
        int nextFree = lastShippedWordId + 1;
        foreach (LockEntry entry in unshipped)
        {
            nextFree = System.Math.Max(nextFree, entry.WordId + 1);
        }

        var candidates = new List<LockEntry>();
        foreach (LockEntry entry in unshipped)
        {
            if (entry.WordId <= lastShippedWordId)
            {
                string reason = shippedById.TryGetValue(entry.WordId, out LockEntry owner)
                    ? "it was shipped to '" + owner.Name + "'" + (owner.Retired ? " and retired" : "")
                    : "every word_id up to " + lastShippedWordId.ToString(CultureInfo.InvariantCulture) + " is shipped";
                findings.Add(Taken(entry, reason + "; a new word takes the next free id, " + nextFree.ToString(CultureInfo.InvariantCulture), -1, nextFree));
                continue;
            }
            if (entry.Line < lastShippedLine)
            {
                findings.Add(LockFinding.Malformed(
                    current.FileName, entry.Line,
                    "'" + entry.Name + "' (word_id " + entry.WordId.ToString(CultureInfo.InvariantCulture) + ") is not shipped yet but stands among the shipped lines; new lines go at the end",
                    MoveToEnd(entry, entry.WordId),
                    "Move '" + entry.Name + "' to the end of words.lock"));
            }
            candidates.Add(entry);
        }

        bool[] kept = LongestGrowingRun(candidates);
        var placed = new List<LockEntry>();
        for (int i = 0; i < candidates.Count; i++)
        {
            LockEntry entry = candidates[i];
            if (kept[i])
            {
                placed.Add(entry);
                continue;
            }
            if (FirstWithId(candidates, entry.WordId, i) is LockEntry first)
            {
                string reason = first.Retired
                    ? "it was retired on words.lock line " + (first.Line + 1).ToString(CultureInfo.InvariantCulture)
                    : "words.lock line " + (first.Line + 1).ToString(CultureInfo.InvariantCulture) + " already gives it to '" + first.Name + "'";
                findings.Add(Taken(entry, reason, first.Line, nextFree));
            }
            else
            {
                findings.Add(LockFinding.Malformed(
                    current.FileName, entry.Line,
                    "'" + entry.Name + "' (word_id " + entry.WordId.ToString(CultureInfo.InvariantCulture) + ") is out of order: ids only grow down the file"));
            }
        }
        return placed;
    }

    private static LockFinding Taken(LockEntry entry, string reason, int relatedLine, int nextFree) =>
        new(LockFindingKind.WordIdTaken,
            WordsLock.FileName,
            entry.Line,
            new[] { entry.Name, entry.WordId.ToString(CultureInfo.InvariantCulture), reason },
            relatedLine,
            MoveToEnd(entry, nextFree),
            "Give '" + entry.Name + "' the next free word_id, " + nextFree.ToString(CultureInfo.InvariantCulture));

    private static LineEdit[] MoveToEnd(LockEntry entry, int wordId) => new[]
    {
        LineEdit.Delete(entry.Line),
        LineEdit.Append(WordsLock.Format(wordId, entry.Name, entry.Flags, entry.Vocabulary, WordsLock.Marker(entry))),
    };

    private static LockEntry? FirstWithId(List<LockEntry> entries, int wordId, int before)
    {
        for (int i = 0; i < before; i++)
        {
            if (entries[i].WordId == wordId)
            {
                return entries[i];
            }
        }
        return null;
    }

    /// <summary>The longest run of strictly growing ids in file order; among equally long ones, the earliest lines.</summary>
    private static bool[] LongestGrowingRun(List<LockEntry> entries)
    {
        int count = entries.Count;
        int[] length = new int[count];
        int[] previous = new int[count];
        int end = -1;
        for (int i = 0; i < count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++)
            {
                if (entries[j].WordId < entries[i].WordId && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (end < 0 || length[i] > length[end])
            {
                end = i;
            }
        }
        bool[] kept = new bool[count];
        for (int i = end; i >= 0; i = previous[i])
        {
            kept[i] = true;
        }
        return kept;
    }
}
