using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>
/// The REPL as a person uses it, through a pseudo-terminal (python3's pty module): the prompt, Tab completion,
/// history recall with the up arrow, Ctrl-U, HELP, SEE, an error in colour, and the history file.
/// </summary>
public class ReplTerminalTests
{
    // Types each string once the line editor has put the terminal in raw mode (keys typed while the terminal is still
    // cooked are echoed and edited by the kernel's line discipline, not by the REPL), lets the REPL draw, and prints
    // everything the terminal received.
    private const string Driver = """
        import os, pty, sys, time, select, termios
        program, config = sys.argv[1], sys.argv[2]
        keys = [": SQUARE ( n -- n*n ) DUP * ;\r", "7 SQUA\t", " .\r", "\x1b[A", "\r", "HELP SQUARE\r", "HELP SWAP\r",
                "garbage junk\x15", "3 4 + .\r", "SEE SQUARE\r", "NOPE\r", "\x04"]
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe("dotnet", ["dotnet", program], dict(os.environ, XDG_CONFIG_HOME=config, TERM="xterm"))
        out = b""
        def read(seconds):
            global out
            end = time.time() + seconds
            while time.time() < end:
                ready, _, _ = select.select([fd], [], [], 0.1)
                if ready:
                    try:
                        out += os.read(fd, 65536)
                    except OSError:
                        return
        def wait_for(text, seconds):
            end = time.time() + seconds
            while time.time() < end and text not in out:
                read(0.2)
        def wait_for_raw_mode(seconds):
            end = time.time() + seconds
            while time.time() < end and termios.tcgetattr(fd)[3] & termios.ICANON:
                read(0.05)
        wait_for(b"sf>", 60)
        for key in keys:
            wait_for_raw_mode(60)
            os.write(fd, key.encode())
            read(0.8)
        read(3)
        sys.stdout.write(out.decode("utf-8", "replace"))
        """;

    [Fact]
    public void APersonAtTheTerminalGetsPromptCompletionHistoryHelpAndColouredErrors()
    {
        string root = Path.Combine(Path.GetTempPath(), "starforth-repl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            string script = Path.Combine(root, "drive.py");
            File.WriteAllText(script, Driver);
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "starforth.dll"));
            start.ArgumentList.Add(Path.Combine(root, "config"));
            using Process process = Process.Start(start)!;
            string screen = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the pty driver did not finish");

            Assert.Contains("StarForth.NET 0.1.0", screen);
            Assert.Contains("\u001b[1msf>\u001b[0m ", screen);
            // Tab completed SQUA to SQUARE; the up arrow brought the line back and it ran again.
            Assert.Contains("sf>\u001b[0m 7 SQUARE .", screen);
            Assert.Equal(2, Count(screen, "49  ok"));
            Assert.Contains("SQUARE ( n -- n*n )  colon definition", screen);
            Assert.Contains("SWAP ( x1 x2 -- x2 x1 )  primitive", screen);
            // Ctrl-U threw "garbage junk" away: no -13 for it, and the next line ran.
            Assert.DoesNotContain("undefined word: garbage", screen);
            Assert.Contains("7  ok", screen);
            Assert.Contains(": SQUARE DUP * ;", screen);
            Assert.Contains("\u001b[31m<terminal>:8:1: error: -13 undefined word: NOPE\u001b[0m", screen);

            string history = File.ReadAllText(Path.Combine(root, "config", "starforth", "history"));
            Assert.Equal(": SQUARE ( n -- n*n ) DUP * ;\n7 SQUARE .\n7 SQUARE .\nHELP SQUARE\nHELP SWAP\n3 4 + .\nSEE SQUARE\nNOPE\n", history);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void HelpNamesTheWordsKindAndSaysWhenThereIsNoSuchWord()
    {
        using ForthSession session = ForthSession.Start(Machine.DefaultArenaSize, Stream.Null, TextWriter.Null, input: null)!;
        session.RunLine(": CUBE ( n -- n^3 ) DUP DUP * * ; 5 CONSTANT FIVE : BARE 1 ;"u8, "<test>", 1);
        var help = new WordHelp(session.Machine, session.StackComments);
        Assert.Equal("CUBE ( n -- n^3 )  colon definition\n", help.Describe("cube"));
        Assert.Equal("FIVE ( no stack comment )  CONSTANT\n", help.Describe("FIVE"));
        Assert.Equal("BARE ( no stack comment )  colon definition\n", help.Describe("BARE"));
        Assert.Equal("IF ( C: -- orig )  primitive, immediate\n", help.Describe("IF"));
        Assert.Equal("NOPE is not a word (WORDS lists them)\n", help.Describe("NOPE"));
        Assert.StartsWith("HELP word: its stack effect", help.Describe(""));
        Assert.True(WordHelp.IsRequest("help  dup", out string word));
        Assert.Equal("dup", word);
        Assert.False(WordHelp.IsRequest("HELP A B", out _));
    }

    [Fact]
    public void CompletionOffersEachVisibleNameOnce()
    {
        using ForthSession session = ForthSession.Start(Machine.DefaultArenaSize, Stream.Null, TextWriter.Null, input: null)!;
        session.RunLine(": MODULO 1 ; : MODULO 2 ;"u8, "<test>", 1);
        var completion = new WordCompletion(session.Machine);
        Assert.Equal(new[] { "MOD", "MODULO" }, completion.GetCompletions("", "mod", ""));
        Assert.Null(completion.GetCompletions("", "ZZZ", ""));
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
