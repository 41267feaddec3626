using System;
using System.Collections.Generic;
using System.Globalization;

namespace StarForth.Generators;

/// <summary>One line of words.lock: a frozen word_id and what was declared for it.</summary>
public readonly record struct LockEntry(int WordId, string Name, int Flags, string Vocabulary, int ShadowsWordId, bool Retired, int Line);

/// <summary>A problem found while reading words.lock, on a 0-based line.</summary>
public readonly record struct LockProblem(int Line, string Message);

/// <summary>
/// words.lock, the single source of truth for word_ids. Format (tab-separated, one entry per line):
/// <code>
/// #words.lock format=1 hash=fnv1a64(flags8,name_len8,name,acl_default8,word_id32le)
/// word_id  name  flags  vocabulary  [shadows=ID | retired]
/// </code>
/// Lines starting with # after the header are comments. word_ids strictly increase down the file;
/// entries are only ever appended, and a retired entry keeps its line so its id is never reused.
/// Shared by the generator and the analyzers, so both read the file the same way.
/// </summary>
public sealed class WordsLock
{
    public const string FileName = "words.lock";
    public const string Header = "#words.lock format=1 hash=fnv1a64(flags8,name_len8,name,acl_default8,word_id32le)";

    public static readonly string[] KnownVocabularies = { "FORTH", "STARFORTH" };

    private WordsLock(LockEntry[] entries, LockProblem[] problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public IReadOnlyList<LockEntry> Entries { get; }

    /// <summary>Syntax problems; when there are any, no other check is meaningful.</summary>
    public IReadOnlyList<LockProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;

    public static bool IsLockFile(string path) =>
        string.Equals(System.IO.Path.GetFileName(path), FileName, StringComparison.Ordinal);

    public static WordsLock Parse(string text)
    {
        var entries = new List<LockEntry>();
        var problems = new List<LockProblem>();
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Header)
        {
            problems.Add(new LockProblem(0, "the first line must be the header '" + Header + "'"));
            return new WordsLock(entries.ToArray(), problems.ToArray());
        }
        int previousId = -1;
        for (int line = 1; line < lines.Length; line++)
        {
            string content = lines[line];
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }
            string? problem = ParseEntry(content, line, out LockEntry entry);
            if (problem == null && entry.WordId <= previousId)
            {
                problem = "word_id " + entry.WordId + " does not follow " + previousId + ": ids only grow down the file";
            }
            if (problem != null)
            {
                problems.Add(new LockProblem(line, problem));
                continue;
            }
            previousId = entry.WordId;
            entries.Add(entry);
        }
        return new WordsLock(entries.ToArray(), problems.ToArray());
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
        if (Array.IndexOf(KnownVocabularies, vocabulary) < 0)
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
        entry = new LockEntry(wordId, name, flags, vocabulary, shadows, retired, line);
        return null;
    }
}
