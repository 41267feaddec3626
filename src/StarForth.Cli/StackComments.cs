using System;
using System.Collections.Generic;
using System.Text;

namespace StarForth.Cli;

/// <summary>
/// The stack comments of colon definitions the session has read (<c>: SQUARE ( n -- n*n ) DUP * ;</c>), by name,
/// for HELP: the VM keeps no source, so the host notes the comment when the line goes by.
/// </summary>
public sealed class StackComments
{
    private readonly Dictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The comment of the newest definition of <paramref name="name"/> read so far, or null.</summary>
    public string? Of(string name) => byName.TryGetValue(name, out string? comment) ? comment : null;

    /// <summary>Notes every <c>: NAME ( ... )</c> in the line.</summary>
    public void Read(ReadOnlySpan<byte> line)
    {
        string[] tokens = Encoding.UTF8.GetString(line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            if (tokens[i] != ":" || tokens[i + 2] != "(")
            {
                continue;
            }
            var comment = new StringBuilder("(");
            for (int j = i + 3; j < tokens.Length; j++)
            {
                comment.Append(' ').Append(tokens[j]);
                if (tokens[j].EndsWith(')'))
                {
                    byName[tokens[i + 1]] = comment.ToString();
                    break;
                }
            }
        }
    }
}
