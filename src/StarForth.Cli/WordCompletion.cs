using System;
using System.Collections.Generic;
using System.Text;
using RadLine;

namespace StarForth.Cli;

/// <summary>Tab completion: the visible dictionary words that start with what was typed (lookup is case-insensitive).</summary>
public sealed class WordCompletion : ITextCompletion
{
    private readonly Machine machine;

    public WordCompletion(Machine machine) => this.machine = machine;

    public IEnumerable<string>? GetCompletions(string context, string word, string suffix)
    {
        var matches = new List<string>();
        foreach (string name in VisibleNames(machine))
        {
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                matches.Add(name);
            }
        }
        return matches.Count == 0 ? null : matches;
    }

    /// <summary>Each name a lookup can find once, newest definition first, without hidden or smudged headers.</summary>
    public static List<string> VisibleNames(Machine machine)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int wordId = machine.WordTable.LatestWordId; wordId >= 0; wordId--)
        {
            if (!machine.WordTable.IsWord(wordId) || !machine.Dictionary.IsVisible(wordId))
            {
                continue;
            }
            string name = Encoding.UTF8.GetString(machine.WordTable.NameOf(wordId));
            if (name.Length > 0 && seen.Add(name))
            {
                names.Add(name);
            }
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
