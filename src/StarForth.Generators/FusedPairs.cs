using System;
using System.Collections.Generic;

namespace StarForth.Generators;

/// <summary>
/// fused-pairs: word pairs that follow each other often enough in compiled code that the first should hand over to
/// the second directly. One pair a line, the two names separated by white space; '#' starts a comment. The generated
/// case of the first word ends with a look at the next cell: when it holds the second word, the instruction pointer
/// steps past it and the dispatch jumps straight to the second word's case (a direct jump instead of the switch's
/// indirect one). Compiled code is not changed, so hashes, SEE and parity are unaffected.
/// </summary>
public static class FusedPairs
{
    public const string FileName = "fused-pairs";

    public static bool IsPairsFile(string path) =>
        string.Equals(System.IO.Path.GetFileName(path), FileName, StringComparison.Ordinal);

    /// <summary>The pairs as (first, second) names, in file order; malformed lines are skipped.</summary>
    public static EquatableArray<NamePair> Parse(string text)
    {
        var pairs = new List<NamePair>();
        foreach (string rawLine in text.Split('\n'))
        {
            int comment = rawLine.IndexOf('#');
            string line = (comment >= 0 ? rawLine.Substring(0, comment) : rawLine).Trim();
            string[] names = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 2)
            {
                pairs.Add(new NamePair(names[0], names[1]));
            }
        }
        return new EquatableArray<NamePair>(pairs.ToArray());
    }
}

/// <summary>Two word names, the first followed by the second.</summary>
public readonly record struct NamePair(string First, string Second);
