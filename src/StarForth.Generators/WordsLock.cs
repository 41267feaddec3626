using System;
using System.Collections.Generic;

namespace StarForth.Generators;

/// <summary>One line of words.lock: a frozen word_id and what was declared for it, with the line's text.</summary>
public readonly record struct LockEntry(int WordId, string Name, int Flags, string Vocabulary, int ShadowsWordId, bool Retired, int Line, string Text);

/// <summary>
/// The pack line of a word pack's lock (<c>#pack NAME ids=FIRST-LAST</c>, right after the header): the pack's name and
/// the only word_ids its entries may take. <see cref="FirstPackWordId"/> and up are the packs'; the core keeps the rest.
/// </summary>
public readonly record struct LockPack(string Name, int FirstWordId, int LastWordId, int Line)
{
    public const string Prefix = "#pack ";

    /// <summary>The first word_id a pack may use (StarForth.WordPacks.FirstPackWordId).</summary>
    public const int FirstPackWordId = 65536;

    public bool Contains(int wordId) => wordId >= FirstWordId && wordId <= LastWordId;
}

/// <summary>
/// words.lock, the single source of truth for word_ids, read against its shipped baseline (words.shipped.lock).
/// Format (tab-separated, one entry per line):
/// <code>
/// #words.lock format=1 hash=fnv1a64(flags8,name_len8,name,acl_default8,word_id32le)
/// word_id  name  flags  vocabulary  [shadows=ID | retired]
/// </code>
/// Lines starting with # after the header are comments. word_ids strictly increase down the file; entries are only
/// ever appended, and a retired entry keeps its line so its id is never reused. Every id in the baseline is given out
/// for good: words.lock may retire a shipped entry, nothing else.
/// <para>
/// Reading never stops at the first mistake: <see cref="Entries"/> is always a usable table (a shipped entry the lock
/// broke is taken from the baseline, a new line that cannot be placed is left out) and <see cref="Findings"/> names
/// each mistake once. The generator builds from the entries, the analyzers report the findings, both from this code.
/// </para>
/// </summary>
public sealed class WordsLock
{
    public const string FileName = "words.lock";
    public const string ShippedFileName = "words.shipped.lock";
    public const string Header = "#words.lock format=1 hash=fnv1a64(flags8,name_len8,name,acl_default8,word_id32le)";

    public static readonly string[] KnownVocabularies = { Vocabulary.ForthName, Vocabulary.StarForthName };

    private WordsLock(LockEntry[] entries, LockFinding[] findings, int lastShippedWordId, LockPack? pack = null)
    {
        Pack = pack;
        Entries = entries;
        Findings = findings;
        LastShippedWordId = lastShippedWordId;
    }

    /// <summary>The pack line when this is a word pack's lock; null for the core's.</summary>
    public LockPack? Pack { get; }

    /// <summary>The table the dictionary is built from: word_ids strictly increasing, oldest first.</summary>
    public IReadOnlyList<LockEntry> Entries { get; }

    /// <summary>Every mistake in words.lock (and in its baseline), at most one per mistake.</summary>
    public IReadOnlyList<LockFinding> Findings { get; }

    /// <summary>The highest word_id in the shipped baseline, or -1 when there is none.</summary>
    public int LastShippedWordId { get; }

    public bool IsValid => Findings.Count == 0;

    /// <summary>One more than the highest word_id ever handed out, retired and shipped ones included.</summary>
    public int NextFreeWordId
    {
        get
        {
            // A pack's first word takes the first id of its range.
            int next = Math.Max(LastShippedWordId + 1, Pack?.FirstWordId ?? 0);
            foreach (LockEntry entry in Entries)
            {
                next = Math.Max(next, entry.WordId + 1);
            }
            return next;
        }
    }

    public static bool IsLockFile(string path) => HasFileName(path, FileName);

    public static bool IsShippedLockFile(string path) => HasFileName(path, ShippedFileName);

    /// <summary>words.lock on its own, as when nothing has been shipped yet.</summary>
    public static WordsLock Parse(string text) => Read(text, null);

    /// <summary>words.lock checked against its shipped baseline (null: nothing shipped yet).</summary>
    public static WordsLock Read(string text, string? shippedText)
    {
        var findings = new List<LockFinding>();
        LockLines current = LockLines.Read(text, FileName);
        findings.AddRange(current.Problems);

        LockLines? shipped = shippedText == null ? null : LockLines.Read(shippedText, ShippedFileName);
        if (shipped != null && !shipped.IsOrderedAndClean)
        {
            // A damaged baseline protects nothing: say so and check the lock on its own.
            findings.AddRange(shipped.Problems);
            findings.AddRange(shipped.OrderProblems());
            shipped = null;
        }
        if (!current.HasHeader)
        {
            LockEntry[] fallback = shipped == null ? Array.Empty<LockEntry>() : shipped.Entries.ToArray();
            return new WordsLock(fallback, findings.ToArray(), LastId(fallback));
        }

        var entries = new List<LockEntry>();
        List<LockEntry> unshipped;
        int lastShipped = -1;
        int lastShippedLine = -1;
        if (shipped != null)
        {
            var baseline = ShippedBaseline.Compare(current, shipped);
            entries.AddRange(baseline.Entries);
            findings.AddRange(baseline.Findings);
            unshipped = baseline.Unshipped;
            lastShipped = LastId(shipped.Entries);
            lastShippedLine = baseline.LastShippedLine;
        }
        else
        {
            unshipped = current.Entries;
        }
        entries.AddRange(NewEntries.Place(current, unshipped, entries, lastShipped, lastShippedLine, findings));
        entries.Sort((a, b) => a.WordId.CompareTo(b.WordId));
        LockPack? pack = ReadPack(text, findings);
        if (pack is LockPack declared)
        {
            CheckPackRange(declared, current.Entries, findings);
            entries.RemoveAll(entry => !declared.Contains(entry.WordId));
        }
        findings.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Kind.CompareTo(b.Kind));
        return new WordsLock(entries.ToArray(), findings.ToArray(), lastShipped, pack);
    }

    /// <summary>The <c>#pack</c> line, if the lock has one (a malformed one is SF1006 and makes no pack).</summary>
    private static LockPack? ReadPack(string text, List<LockFinding> findings)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        for (int line = 1; line < lines.Length; line++)
        {
            if (!lines[line].StartsWith(LockPack.Prefix, StringComparison.Ordinal))
            {
                continue;
            }
            string[] fields = lines[line].Substring(LockPack.Prefix.Length).Trim().Split(' ');
            string[] range = fields.Length == 2 && fields[1].StartsWith("ids=", StringComparison.Ordinal) ? fields[1].Substring(4).Split('-') : Array.Empty<string>();
            if (range.Length != 2 || fields[0].Length == 0
                || !int.TryParse(range[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int first)
                || !int.TryParse(range[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int last)
                || last < first)
            {
                findings.Add(LockFinding.Malformed(FileName, line, "a pack line is '#pack NAME ids=FIRST-LAST' with FIRST <= LAST"));
                return null;
            }
            return new LockPack(fields[0], first, last, line);
        }
        return null;
    }

    /// <summary>SF1020 for a range that reaches the core's ids, and for each entry outside the range.</summary>
    private static void CheckPackRange(LockPack pack, IReadOnlyList<LockEntry> lines, List<LockFinding> findings)
    {
        string range = pack.FirstWordId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-"
            + pack.LastWordId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (pack.FirstWordId < LockPack.FirstPackWordId)
        {
            findings.Add(new LockFinding(LockFindingKind.OutsidePackRange, FileName, pack.Line,
                new[] { "pack " + pack.Name, range, "the core's word_ids are 0-" + (LockPack.FirstPackWordId - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "; a pack's start at " + LockPack.FirstPackWordId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                -1, Array.Empty<LineEdit>(), null));
        }
        foreach (LockEntry entry in lines)
        {
            if (!pack.Contains(entry.WordId))
            {
                findings.Add(new LockFinding(LockFindingKind.OutsidePackRange, FileName, entry.Line,
                    new[] { "word '" + entry.Name + "' (word_id " + entry.WordId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", range, "pack " + pack.Name + " owns only those ids" },
                    pack.Line, Array.Empty<LineEdit>(), null));
            }
        }
    }

    /// <summary>An entry as a words.lock line (without the line break).</summary>
    public static string Format(int wordId, string name, int flags, string vocabulary, string? marker)
    {
        string line = wordId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + name + "\t"
            + FormatFlags(flags) + "\t" + vocabulary;
        return marker == null ? line : line + "\t" + marker;
    }

    public static string FormatFlags(int flags) => "0x" + flags.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The entry's optional last field, as written in the lock.</summary>
    public static string? Marker(LockEntry entry) =>
        entry.Retired ? "retired"
        : entry.ShadowsWordId >= 0 ? "shadows=" + entry.ShadowsWordId.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;

    private static int LastId(IReadOnlyList<LockEntry> entries)
    {
        int last = -1;
        foreach (LockEntry entry in entries)
        {
            last = Math.Max(last, entry.WordId);
        }
        return last;
    }

    private static bool HasFileName(string path, string fileName) =>
        string.Equals(System.IO.Path.GetFileName(path), fileName, StringComparison.Ordinal);
}
