namespace StarForth.Words;

/// <summary>The tallies of one POST run: the M7.1b parity fields.</summary>
public readonly struct PostSummary
{
    public PostSummary(int passed, int failed, int skipped, int errors)
    {
        Passed = passed;
        Failed = failed;
        Skipped = skipped;
        Errors = errors;
    }

    public int Tests => Passed + Failed + Skipped + Errors;

    public int Passed { get; }

    public int Failed { get; }

    public int Skipped { get; }

    public int Errors { get; }

    public bool Succeeded => Failed == 0 && Errors == 0;
}

/// <summary>
/// Runs the embedded POST suite (each word module's *.fs, see PostSuite.props) line by line. A line that ends in an
/// uncaught THROW counts as an error, or as a skip when it uses a word this build does not implement (-21). Each
/// file's definitions are forgotten afterwards and its search order put back, so the dictionary after the POST hashes
/// exactly as before it.
/// </summary>
public static class PowerOnSelfTest
{
    public static PostSummary Run(Machine m)
    {
        PostHarness harness = m.Tests;
        harness.Reset();
        harness.InPost = true;
        for (int file = 0; file < PostSuite.FileCount; file++)
        {
            RunFile(m, harness, file);
        }
        harness.InPost = false;
        return new PostSummary(harness.Passed, harness.Failed, harness.Skipped, harness.Errors);
    }

    private static void RunFile(Machine m, PostHarness harness, int file)
    {
        DictionaryMark mark = m.Dictionary.Mark();
        System.Span<long> order = stackalloc long[Vocabularies.SavedOrderCells];
        m.Vocabularies.SaveOrder(order);
        System.ReadOnlySpan<byte> source = PostSuite.Source(file);
        harness.BeginFile(PostSuite.FileName(file));
        while (source.Length > 0)
        {
            int newline = 0;
            while (newline < source.Length && source[newline] != (byte)'\n')
            {
                newline++;
            }
            harness.Line++;
            RunLine(m, harness, source.Slice(0, newline));
            source = newline < source.Length ? source.Slice(newline + 1) : default;
        }
        m.Output.Flush();
        if (m.Stack.Depth != 0)
        {
            harness.Errors++;
            harness.Report(m, "ERROR "u8, "the file left cells on the data stack"u8);
            m.Stack.Depth = 0;
        }
        m.Dictionary.Restore(mark);
        m.Vocabularies.RestoreOrder(order);
        m.Arena.Base = 10;
    }

    private static void RunLine(Machine m, PostHarness harness, System.ReadOnlySpan<byte> line)
    {
        long code = m.OuterInterpreter.InterpretLine(line);
        if (code == 0)
        {
            return;
        }
        System.Span<byte> buffer = stackalloc byte[256];
        var message = new TextBuilder(buffer);
        message.AppendNumber(code);
        message.Append(" "u8);
        message.Append(ThrowCode.Describe(code));
        if (m.ErrorDetail.Length > 0)
        {
            message.Append(": "u8);
            message.Append(m.ErrorDetail);
        }
        if (code == ThrowCode.UnsupportedOperation)
        {
            harness.Skipped++;
            harness.Report(m, "SKIP "u8, message.Text);
        }
        else
        {
            harness.Errors++;
            harness.Report(m, "ERROR "u8, message.Text);
        }
    }

    /// <summary>Prints the summary line: POST: tests=N pass=N fail=N skip=N err=N.</summary>
    public static void WriteSummary(Machine m, PostSummary summary)
    {
        m.Output.Type("POST: tests="u8);
        m.Output.TypeDecimal(summary.Tests);
        m.Output.Type(" pass="u8);
        m.Output.TypeDecimal(summary.Passed);
        m.Output.Type(" fail="u8);
        m.Output.TypeDecimal(summary.Failed);
        m.Output.Type(" skip="u8);
        m.Output.TypeDecimal(summary.Skipped);
        m.Output.Type(" err="u8);
        m.Output.TypeDecimal(summary.Errors);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>Prints every failure, skip and error with its file and line (-v).</summary>
    public static void WriteLog(Machine m) => m.Output.Type(m.Tests.Log);
}
