namespace StarForth;

/// <summary>
/// The state of the test words (T{ -> }T, E{ }E) for one machine: the test in progress and the tallies. Inside the
/// POST failures go to a log that -v prints; typed at the prompt, a failing test reports at once. The machine only
/// keeps it (<see cref="Machine.Tests"/>); the words in StarForth.Words/Testing interpret it.
/// </summary>
public sealed class PostHarness
{
    public const int MaxResults = 64;
    private const int LogCapacity = 64 * 1024;

    private readonly long[] actual = new long[MaxResults];
    private readonly byte[] log = new byte[LogCapacity];
    private int logLength;

    /// <summary>Results recorded by ->, or -1 before it.</summary>
    public int ActualCount = -1;

    public int StartDepth;

    public int Passed;
    public int Failed;
    public int Skipped;
    public int Errors;

    /// <summary>True while the POST runs: failures are logged with file and line instead of printed.</summary>
    public bool InPost;
    public int Line;

    private const int FileNameCapacity = 128;
    private readonly byte[] fileName = new byte[FileNameCapacity];
    private int fileNameLength;

    /// <summary>The POST file now running, whose name and line failures are logged with.</summary>
    public void BeginFile(System.ReadOnlySpan<byte> name)
    {
        fileNameLength = name.Length < FileNameCapacity ? name.Length : FileNameCapacity;
        for (int i = 0; i < fileNameLength; i++)
        {
            fileName[i] = name[i];
        }
        Line = 0;
    }

    public long Actual(int index) => actual[index];

    public void SetActual(int index, long value) => actual[index] = value;

    public void Reset()
    {
        Passed = Failed = Skipped = Errors = 0;
        logLength = 0;
        ActualCount = -1;
    }

    public System.ReadOnlySpan<byte> Log => new System.ReadOnlySpan<byte>(log, 0, logLength);

    public void Pass() => Passed++;

    public void Fail(Machine m, System.ReadOnlySpan<byte> message)
    {
        Failed++;
        Report(m, "FAIL "u8, message);
    }

    /// <summary>Records a failure (or a skip or error noted by the runner) with its place in the suite.</summary>
    public void Report(Machine m, System.ReadOnlySpan<byte> kind, System.ReadOnlySpan<byte> message)
    {
        if (!InPost)
        {
            m.Output.Type(kind);
            m.Output.Type(message);
            m.Output.Emit((byte)'\n');
            return;
        }
        Append(new System.ReadOnlySpan<byte>(fileName, 0, fileNameLength));
        Append(":"u8);
        System.Span<byte> digits = stackalloc byte[24];
        int count = Output.FormatNumber(Line, signed: false, 10, digits);
        Append(digits.Slice(digits.Length - count));
        Append(": "u8);
        Append(kind);
        Append(message);
        Append("\n"u8);
    }

    private void Append(System.ReadOnlySpan<byte> text)
    {
        for (int i = 0; i < text.Length && logLength < LogCapacity; i++)
        {
            log[logLength++] = text[i];
        }
    }
}
