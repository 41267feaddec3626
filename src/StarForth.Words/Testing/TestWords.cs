namespace StarForth.Words;

/// <summary>
/// The POST's test words, usable at the prompt too:
/// <c>T{ 1 2 + -> 3 }T</c> compares stacks, <c>O{ 42 . }O" 42 "</c> compares printed text,
/// <c>E{ 1 0 / }E -10</c> expects a THROW code and checks that the machine recovered.
/// </summary>
public static class TestWords
{
    [ForthWord("T{", "( -- )")]
    public static void BeginTest(Machine m)
    {
        PostHarness harness = m.Tests;
        harness.StartDepth = m.Stack.Depth;
        harness.ActualCount = -1;
    }

    [ForthWord("->", "( i*x -- )")]
    public static void Arrow(Machine m)
    {
        PostHarness harness = m.Tests;
        int count = m.Stack.Depth - harness.StartDepth;
        if (count < 0 || count > PostHarness.MaxResults)
        {
            harness.ActualCount = -1;
            harness.Fail(m, "the test consumed more than it was given, or gave too many results"u8);
            m.Stack.Depth = count < 0 ? m.Stack.Depth : harness.StartDepth;
            return;
        }
        for (int i = 0; i < count; i++)
        {
            harness.SetActual(i, m.Stack.Peek(i));
        }
        m.Stack.Depth = harness.StartDepth;
        harness.ActualCount = count;
    }

    [ForthWord("}T", "( i*x -- )")]
    public static void EndTest(Machine m)
    {
        PostHarness harness = m.Tests;
        int expected = m.Stack.Depth - harness.StartDepth;
        int actual = harness.ActualCount;
        harness.ActualCount = -1;
        if (actual < 0)
        {
            harness.Fail(m, "}T without ->"u8);
            m.Stack.Depth = expected < 0 ? m.Stack.Depth : harness.StartDepth;
            return;
        }
        bool same = expected == actual;
        for (int i = 0; same && i < expected; i++)
        {
            same = m.Stack.Peek(i) == harness.Actual(i);
        }
        if (same)
        {
            harness.Pass();
        }
        else
        {
            System.Span<byte> buffer = stackalloc byte[512];
            var message = new TextBuilder(buffer);
            message.Append("expected"u8);
            for (int i = expected - 1; i >= 0; i--)
            {
                message.Append(" "u8);
                message.AppendNumber(m.Stack.Peek(i));
            }
            message.Append(", got"u8);
            for (int i = actual - 1; i >= 0; i--)
            {
                message.Append(" "u8);
                message.AppendNumber(harness.Actual(i));
            }
            harness.Fail(m, message.Text);
        }
        if (expected > 0)
        {
            m.Stack.Depth = harness.StartDepth;
        }
    }

    [ForthWord("O{", "( -- )")]
    public static void BeginOutputTest(Machine m)
    {
        m.Tests.StartDepth = m.Stack.Depth;
        m.Output.BeginOutputCapture();
    }

    /// <summary>
    /// Ends an output test: the expected text runs to the next unescaped quote; \n, \" and \\ are escapes. Expected
    /// text ending in "..." matches any output that starts with the text before it.
    /// </summary>
    [ForthWord("}O\"", "( \"ccc<quote>\" -- )")]
    public static void EndOutputTest(Machine m)
    {
        PostHarness harness = m.Tests;
        System.Span<byte> expected = stackalloc byte[1024];
        int expectedLength = ParseEscapedString(m, expected);
        System.ReadOnlySpan<byte> printed = m.Output.EndOutputCapture(out int printedLength);
        // Expected text ending in "..." checks only that the output starts with the rest (WORDS, VLIST).
        bool prefixOnly = expectedLength >= 3 && expected[expectedLength - 1] == (byte)'.'
            && expected[expectedLength - 2] == (byte)'.' && expected[expectedLength - 3] == (byte)'.';
        if (prefixOnly)
        {
            expectedLength -= 3;
        }
        bool same = (prefixOnly ? printedLength >= expectedLength && printed.Length >= expectedLength : expectedLength == printedLength)
            && m.Stack.Depth == harness.StartDepth;
        for (int i = 0; same && i < expectedLength; i++)
        {
            same = expected[i] == printed[i];
        }
        if (same)
        {
            harness.Pass();
            return;
        }
        System.Span<byte> buffer = stackalloc byte[1024];
        var message = new TextBuilder(buffer);
        message.Append("expected output "u8);
        message.AppendQuoted(expected.Slice(0, expectedLength));
        message.Append(", got "u8);
        message.AppendQuoted(printed);
        if (m.Stack.Depth != harness.StartDepth)
        {
            message.Append(" and a stack depth change of "u8);
            message.AppendNumber(m.Stack.Depth - harness.StartDepth);
        }
        harness.Fail(m, message.Text);
    }

    /// <summary>
    /// INPUT" line1\nline2": what ACCEPT, EXPECT, KEY, QUERY and REFILL read next, instead of the console (escapes as
    /// in }O"), so input tests never wait; the text replaces any input still pending.
    /// </summary>
    [ForthWord("INPUT\"", "( \"ccc<quote>\" -- )")]
    public static void Input(Machine m)
    {
        System.Span<byte> text = stackalloc byte[1024];
        int length = ParseEscapedString(m, text);
        m.Terminal.SetPendingInput(text.Slice(0, length));
    }

    private static int ParseEscapedString(Machine m, System.Span<byte> into)
    {
        long source = m.OuterInterpreter.SourceAddress;
        long end = m.OuterInterpreter.SourceLength;
        long toIn = m.OuterInterpreter.ToIn;
        int length = 0;
        while (toIn < end)
        {
            byte c = m.Arena.FetchByte(source + toIn++);
            if (c == (byte)'"')
            {
                break;
            }
            if (c == (byte)'\\' && toIn < end)
            {
                byte escaped = m.Arena.FetchByte(source + toIn++);
                c = escaped == (byte)'n' ? (byte)'\n' : escaped;
            }
            if (length < into.Length)
            {
                into[length++] = c;
            }
        }
        m.OuterInterpreter.ToIn = toIn;
        return length;
    }

    /// <summary>E{ code }E n: evaluates the code under a CATCH and expects THROW code n with the machine recovered.</summary>
    [ForthWord("E{", "( \"code }E n\" -- )")]
    public static void ErrorTest(Machine m)
    {
        PostHarness harness = m.Tests;
        long start = m.OuterInterpreter.SourceAddress + m.OuterInterpreter.ToIn;
        long codeEnd = -1;
        while (true)
        {
            long name = m.OuterInterpreter.ParseName(out long length);
            if (length == 0)
            {
                break;
            }
            if (length == 2 && m.Arena.FetchByte(name) == (byte)'}' && WordLookup.AsciiUpper(m.Arena.FetchByte(name + 1)) == (byte)'E')
            {
                codeEnd = name;
                break;
            }
        }
        long expectedName = m.OuterInterpreter.ParseName(out long expectedLength);
        if (codeEnd < 0 || !NumberParser.TryParse(m.Arena.Bytes(expectedName, expectedLength), m.Arena.Base, out long expected))
        {
            harness.Fail(m, "E{ needs the form E{ code }E code"u8);
            return;
        }
        int depth = m.Stack.Depth;
        long code = m.OuterInterpreter.CatchEvaluate(start, codeEnd - start);
        if (code == ThrowCode.Bye)
        {
            return;
        }
        bool recovered = m.Stack.Depth == depth && !m.Compiler.Compiling;
        if (code == expected && recovered)
        {
            harness.Pass();
            return;
        }
        System.Span<byte> buffer = stackalloc byte[256];
        var message = new TextBuilder(buffer);
        message.Append("expected THROW "u8);
        message.AppendNumber(expected);
        message.Append(", got "u8);
        message.AppendNumber(code);
        if (!recovered)
        {
            message.Append(" and the machine did not recover its stack or state"u8);
        }
        harness.Fail(m, message.Text);
        m.Stack.Depth = depth < m.Stack.Depth ? depth : m.Stack.Depth;
    }
}
