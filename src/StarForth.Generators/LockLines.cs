using System;
using System.Collections.Generic;
using System.Globalization;

namespace StarForth.Generators;

/// <summary>
/// The entries of one lock file as written, line by line, before any check of their order: the lines that parse, a
/// finding for each line that does not, and the names those broken lines seem to carry.
/// </summary>
internal sealed class LockLines
{
    private LockLines(string fileName, bool hasHeader, List<LockEntry> entries, List<LockFinding> problems, HashSet<string> namesOnBrokenLines, int lineCount)
    {
        FileName = fileName;
        HasHeader = hasHeader;
        Entries = entries;
        Problems = problems;
        NamesOnBrokenLines = namesOnBrokenLines;
        LineCount = lineCount;
    }

    public string FileName { get; }

    public bool HasHeader { get; }

    /// <summary>Every line that parses, in file order.</summary>
    public List<LockEntry> Entries { get; }

    /// <summary>A missing header, or one finding per line that does not parse.</summary>
    public List<LockFinding> Problems { get; }

    /// <summary>The second field of each line that does not parse: a shipped word on such a line is not "deleted".</summary>
    public HashSet<string> NamesOnBrokenLines { get; }

    public int LineCount { get; }

    public bool IsOrderedAndClean => HasHeader && Problems.Count == 0 && FirstOutOfOrder() < 0;

    public static LockLines Read(string text, string fileName)
    {
        var entries = new List<LockEntry>();
        var problems = new List<LockFinding>();
        var brokenNames = new HashSet<string>(StringComparer.Ordinal);
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines[0].TrimEnd() != WordsLock.Header)
        {
            problems.Add(LockFinding.Malformed(fileName, 0, "the first line must be the header '" + WordsLock.Header + "'"));
            return new LockLines(fileName, false, entries, problems, brokenNames, lines.Length);
        }
        for (int line = 1; line < lines.Length; line++)
        {
            string content = lines[line];
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }
            string? problem = ParseEntry(content, line, out LockEntry entry);
            if (problem != null)
            {
                problems.Add(LockFinding.Malformed(fileName, line, problem));
                string[] fields = content.Split('\t');
                if (fields.Length > 1)
                {
                    brokenNames.Add(fields[1]);
                }
                continue;
            }
            entries.Add(entry);
        }
        return new LockLines(fileName, true, entries, problems, brokenNames, lines.Length);
    }

    /// <summary>For a file that must already be in order (the baseline): its first line out of order, if any.</summary>
    public IEnumerable<LockFinding> OrderProblems()
    {
        int index = FirstOutOfOrder();
        if (index >= 0)
        {
            LockEntry entry = Entries[index];
            yield return LockFinding.Malformed(FileName, entry.Line,
                "word_id " + entry.WordId + " does not follow " + Entries[index - 1].WordId + ": ids only grow down the file");
        }
    }

    private int FirstOutOfOrder()
    {
        for (int i = 1; i < Entries.Count; i++)
        {
            if (Entries[i].WordId <= Entries[i - 1].WordId)
            {
                return i;
            }
        }
        return -1;
    }

    private static string? ParseEntry(string content, int line, out LockEntry entry)
    {
        entry = default;
        string[] fields = content.Split('\t');
        if (fields.Length < 4 || fields.Length > 5)
        {
            return "expected 'word_id<TAB>name<TAB>flags<TAB>vocabulary[<TAB>shadows=ID|retired]'";
        }
        if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int wordId))
        {
            return "word_id '" + fields[0] + "' is not a non-negative integer";
        }
        string name = fields[1];
        if (name.Length == 0)
        {
            return "the name is empty";
        }
        string flagsText = fields[2];
        if (!flagsText.StartsWith("0x", StringComparison.Ordinal)
            || !int.TryParse(flagsText.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int flags)
            || flags > 0xFFFF)
        {
            return "flags '" + flagsText + "' are not a hex number like 0x80";
        }
        string vocabulary = fields[3];
        if (Array.IndexOf(WordsLock.KnownVocabularies, vocabulary) < 0)
        {
            return "unknown vocabulary '" + vocabulary + "'";
        }
        int shadows = -1;
        bool retired = false;
        if (fields.Length == 5)
        {
            string marker = fields[4];
            if (marker == "retired")
            {
                retired = true;
            }
            else if (!marker.StartsWith("shadows=", StringComparison.Ordinal)
                || !int.TryParse(marker.Substring("shadows=".Length), NumberStyles.None, CultureInfo.InvariantCulture, out shadows))
            {
                return "unknown marker '" + marker + "' (expected shadows=ID or retired)";
            }
        }
        entry = new LockEntry(wordId, name, flags, vocabulary, shadows, retired, line, content);
        return null;
    }
}
