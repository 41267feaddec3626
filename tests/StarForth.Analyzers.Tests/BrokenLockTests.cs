using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>
/// The real words project built with broken versions of its words.lock: each gives exactly the SF diagnostics listed
/// (one per mistake, naming the word) and no compiler error, because the generator still emits a whole table.
/// </summary>
public class BrokenLockTests
{
    [Theory]
    [InlineData("unchanged", "")]
    [InlineData("insert-and-renumber", "SF1004 TRIPLE 300|SF1012 SHOW-HEAT 300|SF1013 SHOW-HEAT")]
    [InlineData("dup-977", "SF1012 DUP 1")]
    [InlineData("clash-378", "SF1004 TRIPLE 378")]
    [InlineData("deleted-roll", "SF1012 ROLL 9")]
    [InlineData("malformed-flags", "SF1006 line 8")]
    [InlineData("new-out-of-order", "SF1006 'LATER' (word_id NEXT+2)")]
    public async Task ABrokenLockGivesExactlyItsOwnDiagnostics(string broken, string expected)
    {
        expected = expected.Replace("NEXT+2", (NextFreeId(WordsProject.LockText) + 2).ToString(), StringComparison.Ordinal);
        var diagnostics = await WordsProject.BuildAsync(Break(WordsProject.LockText, broken));

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
        string[] wanted = expected.Length == 0 ? Array.Empty<string>() : expected.Split('|');
        Assert.Equal(wanted.Length, diagnostics.Length);
        foreach (string want in wanted)
        {
            string id = want.Split(' ')[0];
            string text = want.Substring(id.Length + 1);
            Assert.Contains(diagnostics, d => d.Id == id && Describe(d).Contains(text, StringComparison.Ordinal));
        }
    }

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.GetMessage().Replace("Word '", "").Replace("' was shipped as word_id ", " ").Replace("' cannot take word_id ", " ")
            .Replace("after '", "").Replace("' (shipped", " (shipped");

    /// <summary>The word_id after the lock's highest one: new words in a test start there, whatever the lock now holds.</summary>
    private static int NextFreeId(string lockText) =>
        lockText.Split('\n').Select(line => int.TryParse(line.Split('\t')[0], out int id) ? id : -1).Max() + 1;

    /// <summary>The lock text with one of the mistakes a person makes.</summary>
    private static string Break(string lockText, string broken)
    {
        List<string> lines = lockText.Split('\n').ToList();
        int Find(string prefix) => lines.FindIndex(line => line.StartsWith(prefix, StringComparison.Ordinal));
        switch (broken)
        {
            case "insert-and-renumber":
                // A new word "next to its friends", and every later id shifted by one.
                for (int i = Find("300\t"); i < lines.Count; i++)
                {
                    string[] fields = lines[i].Split('\t');
                    if (int.TryParse(fields[0], out int id))
                    {
                        fields[0] = (id + 1).ToString();
                        lines[i] = string.Join('\t', fields);
                    }
                }
                lines.Insert(Find("301\t"), "300\tTRIPLE\t0x00\tFORTH");
                break;
            case "dup-977":
                lines[Find("1\tDUP\t")] = "977\tDUP\t0x00\tFORTH";
                break;
            case "clash-378":
                lines.Insert(lines.Count - 1, "378\tTRIPLE\t0x00\tFORTH");
                break;
            case "deleted-roll":
                lines.RemoveAt(Find("9\tROLL\t"));
                break;
            case "malformed-flags":
                lines[Find("1\tDUP\t")] = "1\tDUP\t80\tFORTH";
                break;
            case "new-out-of-order":
                int next = NextFreeId(lockText);
                lines.Insert(lines.Count - 1, $"{next + 2}\tLATER\t0x00\tFORTH");
                lines.Insert(lines.Count - 1, $"{next}\tEARLIER\t0x00\tFORTH\tretired");
                lines.Insert(lines.Count - 1, $"{next + 1}\tBETWEEN\t0x00\tFORTH\tretired");
                break;
        }
        return string.Join('\n', lines);
    }
}
