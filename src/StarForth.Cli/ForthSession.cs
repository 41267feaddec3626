using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using StarForth.Words;

namespace StarForth.Cli;

/// <summary>
/// One run of the hosted VM: boots a machine and feeds it sources line by line, reporting uncaught errors the
/// way compilers do (<c>FILE:LINE:COL: error: CODE MESSAGE</c>) on standard error.
/// </summary>
public sealed class ForthSession : IDisposable
{
    private readonly HostedServices services;
    private readonly Stream standardOutput;
    private readonly TextWriter errors;
    private readonly Machine machine;
    private PosixSignalRegistration? interruptSignal;
    private volatile bool running;

    private ForthSession(HostedServices services, Stream standardOutput, TextWriter errors, Machine machine, HostFailure failure)
    {
        this.services = services;
        this.standardOutput = standardOutput;
        this.errors = errors;
        this.machine = machine;
        Failure = failure;
        failure.Recorded = () => machine.InnerInterpreter.InterruptRequested = true;
    }

    /// <summary>The first host I/O failure; once it occurred, the session runs nothing more.</summary>
    public HostFailure Failure { get; }

    /// <summary>True once SIGINT (Ctrl-C) stopped a running word.</summary>
    public bool Interrupted { get; set; }

    /// <summary>True once any source reported an error.</summary>
    public bool HadError { get; private set; }

    /// <summary>True once BYE ran.</summary>
    public bool ByeRequested { get; private set; }

    public Machine Machine => machine;

    /// <summary>The stack comments of the colon definitions read so far (HELP shows them).</summary>
    public StackComments StackComments { get; } = new();

    /// <summary>Error lines in red: set by the REPL when standard error is a terminal, never for files or pipes.</summary>
    public bool ColourErrors { get; set; }

    /// <summary>Records a failure found outside the VM (a missing file), for the exit status.</summary>
    public void MarkError() => HadError = true;

    /// <summary>Boots a machine; null (after a message) when the bootstrap self-check fails.</summary>
    /// <param name="blockFile">The block device's file (--blocks), or null for RAM blocks only.</param>
    /// <param name="initFile">The file INIT interprets (--init), or null for none.</param>
    /// <param name="failure">Where host I/O failures are recorded (the standard streams' and the sources' own); null for a new one.</param>
    /// <param name="nativeCode">Compile colon definitions to x86-64 (--native), where <see cref="CodeMemory.IsSupported"/>.</param>
    public static ForthSession? Start(long arenaSize, Stream standardOutput, TextWriter errors, LineReader? input, string? blockFile = null, string? initFile = null,
        HostFailure? failure = null, bool nativeCode = true)
    {
        var services = new HostedServices(standardOutput, input, blockFile, initFile);
        int status = Machine.Boot(services.Services, new GeneratedWordSet(), arenaSize, out Machine machine);
        if (status != Machine.BootOk)
        {
            errors.WriteLine($"starforth: bootstrap failed with status {status}: {BootStatusText(status)}");
            machine.Release();
            services.Dispose();
            return null;
        }
        if (nativeCode && CodeMemory.IsSupported)
        {
            machine.SetNativeCode(true);
        }
        return new ForthSession(services, standardOutput, errors, machine, failure ?? new HostFailure());
    }

    /// <summary>
    /// From now on SIGINT (Ctrl-C) stops the running word with -28 (<see cref="Interrupted"/>). Between lines the
    /// REPL keeps the signal (RadLine reads on); other modes let it end the process as usual.
    /// </summary>
    public void HandleInterrupts(bool interactive)
    {
        interruptSignal = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            if (!interactive && !running)
            {
                return;
            }
            signal.Cancel = true;
            Interrupted = running;
            machine.InnerInterpreter.InterruptRequested = true;
        });
    }

    public static string BootStatusText(int status) => status switch
    {
        Machine.BootOutOfMemory => "not enough memory for the arena",
        Machine.BootArenaTooSmall => $"the arena must be between {ArenaLayout.MinimumArenaSize} bytes and 2 GiB",
        Machine.BootHashMismatch => "the dictionary hash differs from the generated one",
        Machine.BootCountMismatch => "the dictionary differs from the generated table",
        Machine.BootMissingThreadingWord => "a word the compiler needs (LIT, EXIT, (CATCH-END)) is missing",
        _ => "unknown",
    };

    /// <summary>
    /// Interprets every line of a stream. With <paramref name="stopAtError"/> an error ends the source.
    /// REFILL and QUERY read the stream's next line, as they would an included file's.
    /// </summary>
    public void RunLines(LineReader reader, string sourceName, bool stopAtError)
    {
        LineReader? outerScript = services.Script;
        services.Script = reader;
        try
        {
            int lastLength = 0;
            while (!ByeRequested && !Failure.Occurred && !Interrupted)
            {
                byte[]? line = reader.ReadLine();
                if (line == null)
                {
                    EndSource(sourceName, reader.LineNumber, lastLength + 1);
                    return;
                }
                lastLength = line.Length;
                bool ok = RunLine(line, sourceName, reader.LineNumber);
                if (!ok && stopAtError)
                {
                    return;
                }
            }
        }
        finally
        {
            services.Script = outerScript;
        }
    }

    /// <summary>
    /// The end of a source: a definition still open there (<c>: HALF 1 2</c> as the last line) is reported as -39
    /// unexpected end of file, at the end of the last line, and dropped.
    /// </summary>
    public void EndSource(string sourceName, int lineNumber, long column)
    {
        if (!machine.Compiler.Compiling || Failure.Occurred)
        {
            return;
        }
        int definition = machine.Compiler.DefinitionWordId;
        string name = definition >= 0 ? Encoding.UTF8.GetString(machine.WordTable.NameOf(definition)) : "";
        machine.OuterInterpreter.ResetAfterError();
        HadError = true;
        standardOutput.Flush();
        errors.WriteLine($"{sourceName}:{lineNumber}:{column}: error: {ThrowCode.UnexpectedEndOfFile} {DescribeError(ThrowCode.UnexpectedEndOfFile, name)}");
        errors.Flush();
    }

    /// <summary>Interprets one line; false when it ended in an uncaught error (already reported).</summary>
    public bool RunLine(ReadOnlySpan<byte> line, string sourceName, int lineNumber)
    {
        StackComments.Read(line);
        running = true;
        long code = machine.OuterInterpreter.InterpretLine(line);
        running = false;
        machine.Output.Flush();
        if (Failure.Occurred)
        {
            HadError = true;
            return false;
        }
        if (code == ThrowCode.Bye)
        {
            ByeRequested = true;
            return true;
        }
        // QUIT (and COLD, WARM) end the line by THROW -56; the machine is already reset, and that is no error.
        if (code == 0 || code == ThrowCode.Quit)
        {
            return true;
        }
        HadError = true;
        standardOutput.Flush();
        string location = $"{sourceName}:{lineNumber}:{machine.OuterInterpreter.TokenStart + 1}";
        if (machine.InputSources.HasErrorPlaceFor(code))
        {
            // The error happened in a file this line included: its own place, however deep the includes went.
            location = $"{DisplayPath(Encoding.UTF8.GetString(machine.InputSources.ErrorFileName))}:{machine.InputSources.ErrorLineNumber}:{machine.InputSources.ErrorColumn}";
        }
        string report = $"{location}: error: {code} {DescribeError(code, Encoding.UTF8.GetString(machine.ErrorDetail))}";
        errors.WriteLine(ColourErrors ? "\u001b[31m" + report + "\u001b[0m" : report);
        errors.Flush();
        return false;
    }

    /// <summary>An included file's full path, shortened to a relative one when it is under the working directory.</summary>
    private static string DisplayPath(string fullPath)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private static string DescribeError(long code, string detail)
    {
        string text = Encoding.UTF8.GetString(ThrowCode.Describe(code));
        if (text.Length == 0)
        {
            // -1 .. -255 are the standard's, -256 .. -4095 the system's; any other cell is the program's own code.
            text = code is >= -4095 and <= -1 ? "uncaught THROW" : "uncaught THROW (not a standard code)";
        }
        return detail.Length == 0 ? text : text + ": " + detail;
    }

    public void Dispose()
    {
        interruptSignal?.Dispose();
        machine.Release();
        services.Dispose();
    }
}
