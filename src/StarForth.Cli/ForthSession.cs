using System;
using System.IO;
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

    private ForthSession(HostedServices services, Stream standardOutput, TextWriter errors, Machine machine)
    {
        this.services = services;
        this.standardOutput = standardOutput;
        this.errors = errors;
        this.machine = machine;
    }

    /// <summary>True once any source reported an error.</summary>
    public bool HadError { get; private set; }

    /// <summary>True once BYE ran.</summary>
    public bool ByeRequested { get; private set; }

    public Machine Machine => machine;

    /// <summary>Records a failure found outside the VM (a missing file), for the exit status.</summary>
    public void MarkError() => HadError = true;

    /// <summary>Boots a machine; null (after a message) when the bootstrap self-check fails.</summary>
    /// <param name="blockFile">The block device's file (--blocks), or null for RAM blocks only.</param>
    /// <param name="initFile">The file INIT interprets (--init), or null for none.</param>
    public static ForthSession? Start(long arenaSize, Stream standardOutput, TextWriter errors, LineReader? input, string? blockFile = null, string? initFile = null)
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
        return new ForthSession(services, standardOutput, errors, machine);
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

    /// <summary>Interprets every line of a stream. With <paramref name="stopAtError"/> an error ends the source.</summary>
    public void RunLines(LineReader reader, string sourceName, bool stopAtError)
    {
        while (!ByeRequested)
        {
            byte[]? line = reader.ReadLine();
            if (line == null)
            {
                return;
            }
            bool ok = RunLine(line, sourceName, reader.LineNumber);
            if (!ok && stopAtError)
            {
                return;
            }
        }
    }

    /// <summary>Interprets one line; false when it ended in an uncaught error (already reported).</summary>
    public bool RunLine(ReadOnlySpan<byte> line, string sourceName, int lineNumber)
    {
        int code = machine.OuterInterpreter.InterpretLine(line);
        machine.Output.Flush();
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
        long column = machine.OuterInterpreter.TokenStart + 1;
        errors.WriteLine($"{sourceName}:{lineNumber}:{column}: error: {code} {DescribeError(code, Encoding.UTF8.GetString(machine.ErrorDetail))}");
        errors.Flush();
        return false;
    }

    private static string DescribeError(int code, string detail)
    {
        string text = Encoding.UTF8.GetString(ThrowCode.Describe(code));
        if (text.Length == 0)
        {
            text = "uncaught THROW";
        }
        return detail.Length == 0 ? text : text + ": " + detail;
    }

    public void Dispose()
    {
        machine.Release();
        services.Dispose();
    }
}
