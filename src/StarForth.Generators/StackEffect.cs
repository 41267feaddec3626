using System;

namespace StarForth.Generators;

/// <summary>
/// Reads a Forth stack-effect comment such as "( n1 n2 -- n3 )" well enough to derive the depth check:
/// how many cells the word needs and how much the stack grows. Effects that vary ("...", "|", "i*x") or that
/// describe another stack ("C:", "R:") give no check; the primitive checks for itself.
/// </summary>
public readonly record struct StackEffect(bool IsFixed, int Inputs, int Outputs)
{
    public static StackEffect Parse(string text)
    {
        string trimmed = text.Trim();
        if (!trimmed.StartsWith("(", StringComparison.Ordinal))
        {
            return default;
        }
        int close = trimmed.IndexOf(')');
        if (close < 0)
        {
            return default;
        }
        string inner = trimmed.Substring(1, close - 1);
        string[] tokens = inner.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int separator = Array.IndexOf(tokens, "--");
        if (separator < 0)
        {
            return default;
        }
        int inputs = 0;
        int outputs = 0;
        bool inParsedText = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            string token = tokens[i];
            if (inParsedText || token.StartsWith("\"", StringComparison.Ordinal))
            {
                // Parsed text such as "name" or "code }E n" describes the input stream, not stack items.
                inParsedText = !(token.EndsWith("\"", StringComparison.Ordinal) && (inParsedText || token.Length > 1));
                continue;
            }
            if (i == separator)
            {
                continue;
            }
            if (token.EndsWith(":", StringComparison.Ordinal) || token.Contains("...") || token == "|" || token.Contains("*"))
            {
                return default;
            }
            if (token.StartsWith("<", StringComparison.Ordinal))
            {
                continue; // <spaces> and the like describe the input stream too
            }
            int cells = CellsOf(token);
            if (i < separator)
            {
                inputs += cells;
            }
            else
            {
                outputs += cells;
            }
        }
        return new StackEffect(true, inputs, outputs);
    }

    /// <summary>Double-cell items (d, ud, xd, with an optional index digit) take two cells.</summary>
    private static int CellsOf(string token)
    {
        string stem = token.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '\'');
        return stem == "d" || stem == "ud" || stem == "xd" ? 2 : 1;
    }
}
