using System.Collections.Generic;
using System.Text;

namespace StarForth.Generators;

/// <summary>What is wrong; each kind is one SF diagnostic.</summary>
public enum LockFindingKind
{
    /// <summary>SF1006: a line that does not parse, or a new entry out of order.</summary>
    Malformed,

    /// <summary>SF1004: a word_id that is already given out (to another entry, a retired one or a shipped one).</summary>
    WordIdTaken,

    /// <summary>SF1012: a shipped entry moved to another id, was renamed, changed or deleted.</summary>
    ShippedEntryChanged,

    /// <summary>SF1013: the rest of a block of shipped entries that changed the same way as its first.</summary>
    ShippedEntriesChanged,

    /// <summary>SF1020: a word pack's lock line outside the pack's id range, or a range that reaches the core's ids.</summary>
    OutsidePackRange,
}

/// <summary>
/// One change to a lock file's lines: replace line <see cref="Line"/> with <see cref="Text"/> (null deletes it), or
/// insert <see cref="Text"/> before it; line -1 appends at the end of the file.
/// </summary>
public readonly record struct LineEdit(int Line, string? Text, bool Insert)
{
    public static LineEdit Replace(int line, string text) => new(line, text, false);

    public static LineEdit Delete(int line) => new(line, null, false);

    public static LineEdit InsertBefore(int line, string text) => new(line, text, true);

    public static LineEdit Append(string text) => new(-1, text, true);

    /// <summary>The text with the edits made, in their order; line numbers refer to the text as it was.</summary>
    public static string Apply(string text, IReadOnlyList<LineEdit> edits)
    {
        string newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        bool endsWithBreak = lines.Length > 1 && lines[lines.Length - 1].Length == 0;
        int count = endsWithBreak ? lines.Length - 1 : lines.Length;
        var result = new StringBuilder();
        for (int line = 0; line <= count; line++)
        {
            int target = line == count ? -1 : line;
            string? replacement = line == count ? null : lines[line];
            foreach (LineEdit edit in edits)
            {
                if (edit.Line == target && edit.Insert)
                {
                    result.Append(edit.Text).Append(newLine);
                }
                else if (edit.Line == target)
                {
                    replacement = edit.Text;
                }
            }
            if (line < count && replacement != null)
            {
                result.Append(replacement).Append(newLine);
            }
        }
        return result.ToString();
    }
}

/// <summary>
/// One mistake in words.lock (or in its baseline), on a 0-based line of <see cref="File"/>, with the message arguments
/// of its diagnostic and the edits that repair it (a code fix offers them as <see cref="RepairTitle"/>).
/// </summary>
public sealed record LockFinding(
    LockFindingKind Kind,
    string File,
    int Line,
    string[] Arguments,
    int RelatedLine,
    IReadOnlyList<LineEdit> Repair,
    string? RepairTitle)
{
    public static LockFinding Malformed(string file, int line, string message, IReadOnlyList<LineEdit>? repair = null, string? repairTitle = null) =>
        new(LockFindingKind.Malformed, file, line, new[] { file, (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), message }, -1,
            repair ?? System.Array.Empty<LineEdit>(), repairTitle);
}
