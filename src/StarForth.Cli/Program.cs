using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Text;

namespace StarForth.Cli;

public static class Program
{
    /// <summary>The exit status after SIGINT, as a shell reports a process that SIGINT ended.</summary>
    public const int InterruptedStatus = 130;

    private static readonly HostFailure Failure = new();

    private static StandardStreams streams = null!;

    public static int Main(string[] args)
    {
        streams = StandardStreams.Open(Failure);
        try
        {
            ParseResult parse = CommandLine.Create(Run, Compare).Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                // The usage goes with the error to standard error, and a usage error is status 2 like a host failure.
                parse.Invoke(new InvocationConfiguration { Output = Console.Error, Error = Console.Error });
                return 2;
            }
            // Without the default handler an exception reaches the catch below instead of printing its trace;
            // SIGINT is the session's (it stops the running word), not System.CommandLine's.
            int status = parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
            return Failure.Occurred ? ReportFailure() : status;
        }
        catch (Exception exception)
        {
            if (Failure.Occurred)
            {
                return ReportFailure();
            }
            // The VM reports its own errors as THROW codes; reaching here is a bug in the host, and still no stack trace.
            Console.Error.WriteLine($"starforth: internal error: {exception.Message}");
            return 70;
        }
    }

    private static int ReportFailure()
    {
        Console.Error.WriteLine(Failure.Message);
        return HostFailure.ExitStatus;
    }

    private static int Compare(ParseResult result) =>
        Modes.CompareFiles(result.GetValue(CommandLine.LeftParityFile)!, result.GetValue(CommandLine.RightParityFile)!, Console.Out, Console.Error);

    private static int Run(ParseResult result)
    {
        long arenaSize = result.GetValue(CommandLine.Memory);
        bool nativeCode = result.GetValue(CommandLine.Native) != "off";
        var sources = CommandLine.Sources(result);
        Stream standardOutput = streams.Output;
        if (result.GetValue(CommandLine.RunTests) || result.GetValue(CommandLine.Parity) || result.GetValue(CommandLine.DumpDictionary))
        {
            using ForthSession? job = ForthSession.Start(arenaSize, standardOutput, Console.Error, input: null, failure: Failure, nativeCode: nativeCode);
            if (job == null)
            {
                return 2;
            }
            // The parity run compares the core dictionary with the kernel's: packs are not added to it.
            if (result.GetValue(CommandLine.DumpDictionary))
            {
                if (!WordPackLoader.RegisterAll(job.Machine, result.GetValue(CommandLine.Words) ?? Array.Empty<string>(), Console.Error))
                {
                    return 2;
                }
                return Modes.DumpDictionary(job, Console.Out);
            }
            return result.GetValue(CommandLine.Parity) ? Modes.Parity(job, Console.Error) : Modes.RunTests(job, result.GetValue(CommandLine.Verbose));
        }
        // A closed stdin is an empty one: end of input at once, never a REPL waiting on a descriptor the runtime reused.
        bool interactive = sources.Count == 0 && !Console.IsInputRedirected && !streams.InputClosed;
        LineReader? standardInput = interactive ? null : new LineReader(streams.Input, "<stdin>", Failure);
        string? initFile = result.GetValue(CommandLine.Init);
        using ForthSession? session = ForthSession.Start(arenaSize, standardOutput, Console.Error, standardInput, result.GetValue(CommandLine.Blocks), initFile, Failure, nativeCode);
        if (session == null)
        {
            return 2;
        }
        if (!WordPackLoader.RegisterAll(session.Machine, result.GetValue(CommandLine.Words) ?? Array.Empty<string>(), Console.Error))
        {
            return 2;
        }
        session.HandleInterrupts(interactive);
        session.Machine.InnerInterpreter.StepLimit = result.GetValue(CommandLine.MaxSteps);
        if (initFile != null && !session.RunLine("INIT"u8, initFile, 0))
        {
            return session.Interrupted ? InterruptedStatus : 1;
        }
        int status = RunToEnd(session, sources, interactive, standardInput, standardOutput);
        string? heatmap = result.GetValue(CommandLine.Heatmap);
        // The picture shows the run however it ended; a host failure already decided the status.
        if (heatmap != null && !Failure.Occurred && !HeatmapChart.Save(session.Machine, heatmap, Failure))
        {
            return HostFailure.ExitStatus;
        }
        return status;
    }

    private static int RunToEnd(ForthSession session, System.Collections.Generic.List<SourceArgument> sources, bool interactive, LineReader? standardInput, Stream standardOutput)
    {
        if (sources.Count > 0)
        {
            RunSources(session, sources);
        }
        else if (interactive)
        {
            // At the prompt an error is reported and forgotten; leaving with BYE or Ctrl-D is a normal end.
            Repl.Run(session, standardOutput);
            return 0;
        }
        else
        {
            session.RunLines(standardInput!, "<stdin>", stopAtError: false);
        }
        if (session.Interrupted)
        {
            return InterruptedStatus;
        }
        return session.HadError ? 1 : 0;
    }

    private static void RunSources(ForthSession session, System.Collections.Generic.List<SourceArgument> sources)
    {
        int codeIndex = 0;
        int codeLength = 0;
        foreach (SourceArgument source in sources)
        {
            if (session.ByeRequested || session.Interrupted || session.Failure.Occurred)
            {
                return;
            }
            if (source.IsCode)
            {
                codeIndex++;
                byte[] code = Encoding.UTF8.GetBytes(source.Text);
                codeLength = code.Length;
                session.RunLine(code, "<command line>", codeIndex);
                continue;
            }
            if (!File.Exists(source.Text))
            {
                Console.Error.WriteLine($"{source.Text}: error: no such file");
                session.MarkError();
                continue;
            }
            FileStream file;
            try
            {
                file = File.OpenRead(source.Text);
            }
            catch (Exception exception) when (HostFailure.IsHostIo(exception))
            {
                session.Failure.Record("read", source.Text, exception);
                return;
            }
            using (file)
            {
                // The script's INCLUDEs find files beside it, as they would beside an included file.
                session.Machine.Files.SetScriptPath(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(source.Text)));
                session.RunLines(new LineReader(file, source.Text, session.Failure), source.Text, stopAtError: true);
                session.Machine.Files.SetScriptPath(default);
            }
        }
        // -e code may continue a definition in the next -e, so only the end of them all ends it.
        if (!session.ByeRequested && !session.Interrupted)
        {
            session.EndSource("<command line>", codeIndex, codeLength + 1);
        }
    }
}
