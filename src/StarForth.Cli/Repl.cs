using System;
using System.IO;
using System.Reflection;
using System.Text;
using RadLine;
using Spectre.Console;

namespace StarForth.Cli;

/// <summary>The interactive loop: banner, line editing with history (RadLine), " ok" after each good line.</summary>
public static class Repl
{
    public static void Run(ForthSession session, Stream standardOutput)
    {
        string version = typeof(Repl).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        Console.WriteLine($"StarForth.NET {version}  ({session.Machine.WordTable.WordCount} words, {session.Machine.Arena.Size / 1024} KiB arena)");
        Console.WriteLine("Type BYE or press Ctrl-D to leave.");
        var endOfInput = new EndOfInputCommand();
        LineEditor? editor = null;
        if (LineEditor.IsSupported(AnsiConsole.Console))
        {
            editor = new LineEditor(AnsiConsole.Console) { Prompt = new LineEditorPrompt("", "") };
            editor.KeyBindings.Add(ConsoleKey.D, ConsoleModifiers.Control, () => endOfInput);
            // One line at a time, so the arrows walk the history rather than the (single) line.
            editor.KeyBindings.Add<PreviousHistoryCommand>(ConsoleKey.UpArrow);
            editor.KeyBindings.Add<NextHistoryCommand>(ConsoleKey.DownArrow);
        }
        int lineNumber = 0;
        while (!session.ByeRequested)
        {
            string? line = editor != null ? editor.ReadLine(default).GetAwaiter().GetResult() : Console.ReadLine();
            if (line == null || endOfInput.Requested)
            {
                Console.WriteLine();
                return;
            }
            editor?.History.Add(line);
            lineNumber++;
            // Ctrl-C (the session's SIGINT handler) stops the running words with -28 and returns to the prompt.
            session.Machine.InnerInterpreter.InterruptRequested = false;
            session.Interrupted = false;
            bool ok = session.RunLine(Encoding.UTF8.GetBytes(line), "<terminal>", lineNumber);
            if (ok && !session.ByeRequested)
            {
                standardOutput.Write(" ok\n"u8);
                standardOutput.Flush();
            }
        }
    }
}
