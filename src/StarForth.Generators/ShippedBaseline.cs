using System.Collections.Generic;
using System.Globalization;

namespace StarForth.Generators;

/// <summary>
/// words.lock against words.shipped.lock. A shipped word is found on the lock line with its vocabulary, name and id;
/// failing that, on the next line with its vocabulary and name (it moved); failing that, on the line with its id (it
/// was renamed); failing that, it was deleted. Shipped entries
/// always enter the table as shipped; a lock line may only retire them. A block of entries that changed the same way
/// (a renumbering, a cut) is reported once for its first entry and once for the rest.
/// </summary>
internal sealed class ShippedBaseline
{
    private readonly LockLines current;
    private readonly LockLines shipped;
    private readonly LockEntry?[] matched;

    private ShippedBaseline(LockLines current, LockLines shipped)
    {
        this.current = current;
        this.shipped = shipped;
        matched = new LockEntry?[shipped.Entries.Count];
    }

    /// <summary>The shipped entries as the dictionary gets them, oldest first.</summary>
    public List<LockEntry> Entries { get; } = new();

    public List<LockFinding> Findings { get; } = new();

    /// <summary>The lock's entries that are not shipped, in file order.</summary>
    public List<LockEntry> Unshipped { get; } = new();

    /// <summary>The last line of the lock that holds a shipped entry (new lines go after it).</summary>
    public int LastShippedLine { get; private set; } = -1;

    public static ShippedBaseline Compare(LockLines current, LockLines shipped)
    {
        var baseline = new ShippedBaseline(current, shipped);
        baseline.Match();
        baseline.Classify();
        return baseline;
    }

    private void Match()
    {
        var consumed = new HashSet<int>();
        // First the entries that did not change at all: same vocabulary, name and word_id.
        var exact = new Dictionary<(string, string, int), LockEntry>();
        foreach (LockEntry entry in current.Entries)
        {
            var key = (entry.Vocabulary, entry.Name, entry.WordId);
            if (!exact.ContainsKey(key))
            {
                exact.Add(key, entry);
            }
        }
        for (int i = 0; i < matched.Length; i++)
        {
            LockEntry was = shipped.Entries[i];
            if (exact.TryGetValue((was.Vocabulary, was.Name, was.WordId), out LockEntry entry) && consumed.Add(entry.Line))
            {
                matched[i] = entry;
            }
        }
        // Then a word that moved: the next unclaimed line with its name, in file order.
        var byName = new Dictionary<(string, string), Queue<LockEntry>>();
        foreach (LockEntry entry in current.Entries)
        {
            if (!consumed.Contains(entry.Line))
            {
                var key = (entry.Vocabulary, entry.Name);
                if (!byName.TryGetValue(key, out Queue<LockEntry>? lines))
                {
                    byName.Add(key, lines = new Queue<LockEntry>());
                }
                lines.Enqueue(entry);
            }
        }
        for (int i = 0; i < matched.Length; i++)
        {
            LockEntry was = shipped.Entries[i];
            if (matched[i] == null && byName.TryGetValue((was.Vocabulary, was.Name), out Queue<LockEntry>? lines) && lines.Count > 0)
            {
                LockEntry entry = lines.Dequeue();
                matched[i] = entry;
                consumed.Add(entry.Line);
            }
        }
        // Last, a word renamed in place: its word_id is still on an unclaimed line.
        var unclaimedById = new Dictionary<int, LockEntry>();
        foreach (LockEntry entry in current.Entries)
        {
            if (!consumed.Contains(entry.Line) && !unclaimedById.ContainsKey(entry.WordId))
            {
                unclaimedById.Add(entry.WordId, entry);
            }
        }
        for (int i = 0; i < matched.Length; i++)
        {
            if (matched[i] == null && unclaimedById.TryGetValue(shipped.Entries[i].WordId, out LockEntry renamed) && consumed.Add(renamed.Line))
            {
                matched[i] = renamed;
            }
        }
        foreach (LockEntry entry in current.Entries)
        {
            if (consumed.Contains(entry.Line))
            {
                LastShippedLine = System.Math.Max(LastShippedLine, entry.Line);
            }
            else
            {
                Unshipped.Add(entry);
            }
        }
    }

    private void Classify()
    {
        int runStart = -1;
        string runKind = "";
        string runChange = "";
        for (int i = 0; i <= matched.Length; i++)
        {
            string? change = i < matched.Length ? Change(i) : null;
            string kind = i < matched.Length ? RunKind(i, change) : "";
            if (runStart >= 0 && kind != runKind)
            {
                ReportRun(runStart, i - 1, runChange, runKind);
                runStart = -1;
            }
            if (i == matched.Length)
            {
                break;
            }
            Entries.Add(change == null && matched[i] is LockEntry kept ? Merge(shipped.Entries[i], kept) : shipped.Entries[i]);
            if (change == null)
            {
                continue;
            }
            if (kind.Length == 0)
            {
                Findings.Add(Changed(i, change));
            }
            else if (runStart < 0)
            {
                runStart = i;
                runKind = kind;
                runChange = change;
            }
        }
    }

    /// <summary>A moved or deleted entry belongs to a run of entries that moved by the same amount, or were deleted too.</summary>
    private string RunKind(int i, string? change)
    {
        if (change == null)
        {
            return "";
        }
        if (matched[i] is not LockEntry entry)
        {
            return "deleted";
        }
        int delta = entry.WordId - shipped.Entries[i].WordId;
        return delta == 0 ? "" : "moved by " + (delta > 0 ? "+" : "") + delta.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A run of shipped entries that changed the same way: its first entry, then one summary for the rest.</summary>
    private void ReportRun(int first, int last, string firstChange, string kind)
    {
        Findings.Add(Changed(first, firstChange));
        if (last == first)
        {
            return;
        }
        var repair = new List<LineEdit>();
        for (int i = first; i <= last; i++)
        {
            repair.AddRange(Restore(i));
        }
        LockEntry firstEntry = shipped.Entries[first];
        string how = (kind == "deleted" ? "were deleted" : kind) + " too";
        Findings.Add(new LockFinding(
            LockFindingKind.ShippedEntriesChanged,
            WordsLock.FileName,
            LocationOf(last),
            new[]
            {
                (last - first).ToString(CultureInfo.InvariantCulture),
                firstEntry.Name,
                shipped.Entries[first + 1].WordId.ToString(CultureInfo.InvariantCulture),
                shipped.Entries[last].WordId.ToString(CultureInfo.InvariantCulture),
                how,
            },
            LocationOf(first),
            repair,
            "Restore the " + (last - first + 1).ToString(CultureInfo.InvariantCulture) + " shipped lines from " + WordsLock.ShippedFileName));
    }

    private LockFinding Changed(int i, string change)
    {
        LockEntry entry = shipped.Entries[i];
        return new LockFinding(
            LockFindingKind.ShippedEntryChanged,
            WordsLock.FileName,
            LocationOf(i),
            new[] { entry.Name, entry.WordId.ToString(CultureInfo.InvariantCulture), change },
            -1,
            Restore(i),
            "Restore the shipped line '" + entry.Text.Replace('\t', ' ') + "'");
    }

    /// <summary>How the lock changed shipped entry i, or null when it did not (or only retired it).</summary>
    private string? Change(int i)
    {
        LockEntry was = shipped.Entries[i];
        if (matched[i] is not LockEntry now)
        {
            return current.NamesOnBrokenLines.Contains(was.Name)
                ? null
                : "its line was deleted (a word is retired by ending its line with 'retired', never by deleting the line)";
        }
        if (now.WordId != was.WordId)
        {
            return "words.lock now gives it word_id " + now.WordId.ToString(CultureInfo.InvariantCulture);
        }
        if (now.Name != was.Name)
        {
            return "words.lock now gives that word_id to '" + now.Name + "'";
        }
        if (now.Vocabulary != was.Vocabulary)
        {
            return "its vocabulary changed from " + was.Vocabulary + " to " + now.Vocabulary;
        }
        if ((now.Flags & 0xFF) != (was.Flags & 0xFF))
        {
            return "its flags changed from " + WordsLock.FormatFlags(was.Flags) + " to " + WordsLock.FormatFlags(now.Flags)
                + " (the low byte is part of the canonical hash)";
        }
        if (was.Retired && !now.Retired)
        {
            return "it was retired, and a retired word_id never comes back";
        }
        if (!now.Retired && now.ShadowsWordId != was.ShadowsWordId)
        {
            return "its marker changed from '" + (WordsLock.Marker(was) ?? "") + "' to '" + (WordsLock.Marker(now) ?? "") + "'";
        }
        return null;
    }

    /// <summary>A shipped entry as the lock keeps it: retired if the lock retired it, and the lock's behaviour flags.</summary>
    private static LockEntry Merge(LockEntry was, LockEntry now) =>
        was with
        {
            Retired = was.Retired || now.Retired,
            Flags = (was.Flags & 0xFF) | (now.Flags & ~0xFF),
            Line = now.Line,
            Text = now.Text,
        };

    private IReadOnlyList<LineEdit> Restore(int i)
    {
        string text = shipped.Entries[i].Text;
        if (matched[i] is LockEntry entry)
        {
            return new[] { LineEdit.Replace(entry.Line, text) };
        }
        int before = NextPresentLine(i);
        return new[] { before < 0 ? LineEdit.Append(text) : LineEdit.InsertBefore(before, text) };
    }

    /// <summary>Where a diagnostic about shipped entry i goes: its line, or for a deleted one the line that follows it.</summary>
    private int LocationOf(int i)
    {
        if (matched[i] is LockEntry entry)
        {
            return entry.Line;
        }
        int next = NextPresentLine(i);
        return next >= 0 ? next : System.Math.Max(0, current.LineCount - 1);
    }

    private int NextPresentLine(int i)
    {
        for (int j = i + 1; j < matched.Length; j++)
        {
            if (matched[j] is LockEntry entry)
            {
                return entry.Line;
            }
        }
        return Unshipped.Count > 0 ? Unshipped[0].Line : -1;
    }
}
