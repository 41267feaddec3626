using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StarForth.Cli;

/// <summary>
/// Compares two sets of PARITY lines (from the hosted VM and from StarKernel's serial log) field by field.
/// Lines that are not PARITY lines are ignored, so a whole serial capture can be passed in.
/// </summary>
public static class ParityComparer
{
    /// <summary>The fields of every PARITY line, keyed "M7.1a.hash", in order of appearance.</summary>
    public static List<KeyValuePair<string, string>> Fields(IEnumerable<string> lines)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (!line.StartsWith("PARITY:", StringComparison.Ordinal) || line.StartsWith("PARITY:MATCH", StringComparison.Ordinal)
                || line.StartsWith("PARITY:MISMATCH", StringComparison.Ordinal))
            {
                continue;
            }
            string[] parts = line.Substring("PARITY:".Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (string part in parts.Skip(1))
            {
                int equals = part.IndexOf('=');
                if (equals > 0)
                {
                    fields.Add(new(parts[0] + "." + part[..equals], part[(equals + 1)..]));
                }
            }
        }
        return fields;
    }

    /// <summary>The differing fields as "key: left != right" (a field missing on one side shows as "(missing)").</summary>
    public static List<string> Differences(IEnumerable<string> left, IEnumerable<string> right)
    {
        List<KeyValuePair<string, string>> leftFields = Fields(left);
        Dictionary<string, string> rightFields = Fields(right).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);
        var differences = new List<string>();
        var seen = new HashSet<string>();
        foreach ((string key, string value) in leftFields)
        {
            seen.Add(key);
            string other = rightFields.TryGetValue(key, out string? found) ? found : "(missing)";
            if (other != value)
            {
                differences.Add($"{key}: {value} != {other}");
            }
        }
        foreach ((string key, string value) in rightFields)
        {
            if (!seen.Contains(key))
            {
                differences.Add($"{key}: (missing) != {value}");
            }
        }
        if (leftFields.Count == 0 && rightFields.Count == 0)
        {
            differences.Add("no PARITY lines on either side");
        }
        return differences;
    }

    /// <summary>Prints PARITY:MATCH, or PARITY:MISMATCH and one line per differing field; returns the exit status.</summary>
    public static int Compare(IEnumerable<string> left, IEnumerable<string> right, TextWriter output)
    {
        List<string> differences = Differences(left, right);
        if (differences.Count == 0)
        {
            output.WriteLine("PARITY:MATCH");
            return 0;
        }
        output.WriteLine("PARITY:MISMATCH");
        foreach (string difference in differences)
        {
            output.WriteLine("  " + difference);
        }
        return 1;
    }
}
