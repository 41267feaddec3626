using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;

namespace StarKernel.Tests;

/// <summary>
/// `boot.sh --interactive` at a terminal: run inside a pseudo-terminal (util-linux `script`), typed at once the serial
/// REPL is ready, as a person would. QEMU must stay in the terminal's foreground process group to read it.
/// </summary>
[Collection(QemuCollection.Name)]
public sealed class InteractiveBootTests
{
    private const string ReadyLine = "StarKernel: serial REPL (BYE or Ctrl-D ends it)";

    [Fact]
    public void TheKernelAnswersAtATerminal()
    {
        string esp = Path.Combine(KernelImages.NormalOutput, "ESP");
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "-qfec", $"bash '{KernelImages.BootScript}' --interactive '{esp}'", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["BOOT_TIMEOUT"] = "60";
        using Process process = Process.Start(start)!;
        var screen = new Screen(process.StandardOutput);
        try
        {
            Assert.True(screen.WaitFor(ReadyLine, TimeSpan.FromSeconds(60)), "no REPL on the terminal:\n" + screen.Text);
            process.StandardInput.Write("3 4 + .\r");
            process.StandardInput.Flush();
            Assert.True(screen.WaitFor("7  ok", TimeSpan.FromSeconds(20)), "no answer:\n" + screen.Text);
            process.StandardInput.Write("BYE\r");
            process.StandardInput.Flush();
            Assert.True(process.WaitForExit(30_000), "boot.sh did not end after BYE");

            Assert.Contains("boot.sh: qemu exit status 33", screen.Text);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>What the terminal shows so far, without carriage returns and ANSI escape sequences.</summary>
    private sealed class Screen
    {
        private readonly StringBuilder text = new();

        public Screen(StreamReader output)
        {
            var reader = new Thread(() =>
            {
                char[] buffer = new char[4096];
                int read;
                while ((read = output.Read(buffer, 0, buffer.Length)) > 0)
                {
                    lock (text)
                    {
                        text.Append(buffer, 0, read);
                        Monitor.PulseAll(text);
                    }
                }
            });
            reader.IsBackground = true;
            reader.Start();
        }

        public string Text
        {
            get
            {
                lock (text)
                {
                    return Regex.Replace(text.ToString(), @"\x1b\[[0-9;?=]*[A-Za-z]|\x1b[()][A-Z0-9]|\r", "");
                }
            }
        }

        public bool WaitFor(string expected, TimeSpan timeout)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            lock (text)
            {
                while (!Text.Contains(expected, StringComparison.Ordinal))
                {
                    TimeSpan left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero)
                    {
                        return false;
                    }
                    Monitor.Wait(text, left);
                }
                return true;
            }
        }
    }
}
