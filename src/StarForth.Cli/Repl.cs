using System;
using System.IO;
using System.Reflection;
using System.Text;
using RadLine;
using Spectre.Console;

namespace StarForth.Cli;

/// <summary>
/// The interactive loop: banner, a prompt, line editing with completion and a history file (RadLine), HELP, and
/// " ok" after each good line. Without a terminal that RadLine can drive, lines are read plainly.
/// </summary>
public static class Repl
{
    /// <summary>What the REPL shows when it waits for a line (RadLine puts the blank after it).</summary>
    public const string Prompt = "sf> ";

    public static void Run(ForthSession session, Stream standardOutput)
    {
        string version = typeof(Repl).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        int plus = version.IndexOf('+');
        Console.WriteLine($"StarForth.NET {(plus < 0 ? version : version[..plus])}  ({session.Machine.WordTable.WordCount} words, {session.Machine.Arena.Size / 1024} KiB arena)");
        Console.WriteLine("Type BYE or press Ctrl-D to leave; HELP word explains a word, Tab completes one.");
        session.ColourErrors = !Console.IsErrorRedirected;
        var help = new WordHelp(session.Machine, session.StackComments);
        var history = ReplHistory.ForCurrentUser();
        var endOfInput = new EndOfInputCommand();
        LineEditor? editor = null;
        if (LineEditor.IsSupported(AnsiConsole.Console))
        {
            editor = new LineEditor(AnsiConsole.Console)
            {
                Prompt = new LineEditorPrompt("[bold]" + Prompt.TrimEnd() + "[/]", "   "),
                Completion = new WordCompletion(session.Machine),
            };
            editor.KeyBindings.Add(ConsoleKey.D, ConsoleModifiers.Control, () => endOfInput);
            // One line at a time, so the arrows walk the history rather than the (single) line.
            editor.KeyBindings.Add<PreviousHistoryCommand>(ConsoleKey.UpArrow);
            editor.KeyBindings.Add<NextHistoryCommand>(ConsoleKey.DownArrow);
            LineEditingKeys.Add(editor.KeyBindings);
            foreach (string saved in history.Load())
            {
                editor.History.Add(saved);
            }
        }
        int lineNumber = 0;
        while (!session.ByeRequested)
        {
            if (editor == null)
            {
                Console.Write(Prompt);
            }
            string? line = editor != null ? editor.ReadLine(default).GetAwaiter().GetResult() : Console.ReadLine();
            if (line == null || endOfInput.Requested)
            {
                Console.WriteLine();
                return;
            }
            history.Append(line);
            lineNumber++;
            if (WordHelp.IsRequest(line, out string word))
            {
                Console.Write(help.Describe(word));
                continue;
            }
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
