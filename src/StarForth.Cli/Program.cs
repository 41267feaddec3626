using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace StarForth.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return CommandLine.Create(Run, Compare).Parse(args).Invoke();
        }
        catch (Exception exception)
        {
            // The VM reports its own errors as THROW codes; reaching here is a bug in the host, and still no stack trace.
            Console.Error.WriteLine($"starforth: internal error: {exception.Message}");
            return 70;
        }
    }

    private static int Compare(System.CommandLine.ParseResult result) =>
        Modes.CompareFiles(result.GetValue(CommandLine.LeftParityFile)!, result.GetValue(CommandLine.RightParityFile)!, Console.Out, Console.Error);

    private static int Run(System.CommandLine.ParseResult result)
    {
        long arenaSize = result.GetValue(CommandLine.Memory);
        var sources = CommandLine.Sources(result);
        using Stream standardOutput = Console.OpenStandardOutput();
        if (result.GetValue(CommandLine.RunTests) || result.GetValue(CommandLine.Parity) || result.GetValue(CommandLine.DumpDictionary))
        {
            using ForthSession? job = ForthSession.Start(arenaSize, standardOutput, Console.Error, input: null);
            if (job == null)
            {
                return 2;
            }
            if (result.GetValue(CommandLine.DumpDictionary))
            {
                return Modes.DumpDictionary(job, Console.Out);
            }
            return result.GetValue(CommandLine.Parity) ? Modes.Parity(job, Console.Error) : Modes.RunTests(job, result.GetValue(CommandLine.Verbose));
        }
        bool interactive = sources.Count == 0 && !Console.IsInputRedirected;
        LineReader? standardInput = interactive ? null : new LineReader(Console.OpenStandardInput());
        string? initFile = result.GetValue(CommandLine.Init);
        using ForthSession? session = ForthSession.Start(arenaSize, standardOutput, Console.Error, standardInput, result.GetValue(CommandLine.Blocks), initFile);
        if (session == null)
        {
            return 2;
        }
        if (initFile != null && !session.RunLine("INIT"u8, initFile, 0))
        {
            return 1;
        }
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
        return session.HadError ? 1 : 0;
    }

    private static void RunSources(ForthSession session, System.Collections.Generic.List<SourceArgument> sources)
    {
        int codeIndex = 0;
        foreach (SourceArgument source in sources)
        {
            if (session.ByeRequested)
            {
                return;
            }
            if (source.IsCode)
            {
                codeIndex++;
                session.RunLine(Encoding.UTF8.GetBytes(source.Text), "<command line>", codeIndex);
                continue;
            }
            if (!File.Exists(source.Text))
            {
                Console.Error.WriteLine($"{source.Text}: error: no such file");
                session.MarkError();
                continue;
            }
            using FileStream file = File.OpenRead(source.Text);
            session.RunLines(new LineReader(file), source.Text, stopAtError: true);
        }
    }
}
