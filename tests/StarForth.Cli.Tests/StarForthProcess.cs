using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace StarForth.Cli.Tests;

/// <summary>Runs the built starforth command as a child process, the way a user does.</summary>
public static class StarForthProcess
{
    public readonly record struct Result(int ExitCode, string Output, string Error);

    private static string Program => Path.Combine(AppContext.BaseDirectory, "starforth.dll");

    public static Result Run(string? standardInput, params string[] arguments)
    {
        var start = Start("dotnet");
        start.ArgumentList.Add(Program);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Execute(start, standardInput);
    }

    /// <summary>
    /// Runs starforth through /bin/sh with <paramref name="redirections"/> applied to it, as a user types them
    /// (<c>&lt; /tmp</c>, <c>&gt; /dev/full</c>, <c>2&gt;&amp;-</c>); output the redirections take is not seen.
    /// </summary>
    public static Result RunRedirected(string redirections, params string[] arguments)
    {
        var start = Start("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet \"$0\" \"$@\" {redirections}");
        start.ArgumentList.Add(Program);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Execute(start, null);
    }

    /// <summary>
    /// Starts starforth, waits until its output shows <paramref name="ready"/>, sends it SIGINT (Ctrl-C) and
    /// waits for it to end; the program keeps running (or printing) until the signal stops it.
    /// </summary>
    public static Result Interrupt(string? standardInput, string ready, params string[] arguments)
    {
        var start = Start("dotnet");
        start.ArgumentList.Add(Program);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (standardInput != null)
        {
            process.StandardInput.Write(standardInput);
        }
        process.StandardInput.Close();
        var output = new StringBuilder();
        var buffer = new char[4096];
        bool signalled = false;
        Task<int> read = process.StandardOutput.ReadAsync(buffer, 0, buffer.Length);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (!read.Wait(TimeSpan.FromMilliseconds(100)))
            {
                continue;
            }
            if (read.Result == 0)
            {
                break;
            }
            // Keep only the start of a flood (SPACES): what the test compares.
            if (output.Length < 4096)
            {
                output.Append(buffer, 0, read.Result);
            }
            if (!signalled && output.ToString().Contains(ready, StringComparison.Ordinal))
            {
                // Output shows at the end of a line: let the next line start running (between lines a script takes
                // SIGINT's default, the end of the process without a report).
                System.Threading.Thread.Sleep(1000);
                using Process kill = Process.Start("kill", new[] { "-INT", process.Id.ToString() })!;
                kill.WaitForExit();
                signalled = true;
            }
            read = process.StandardOutput.ReadAsync(buffer, 0, buffer.Length);
        }
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("starforth did not exit after SIGINT");
        }
        return new Result(process.ExitCode, output.ToString(), error.Result);
    }

    public static string TemporaryFile(string name, string content)
    {
        string directory = TemporaryDirectory();
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TemporaryDirectory()
    {
        string directory = Path.Combine(Path.GetTempPath(), "starforth-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static ProcessStartInfo Start(string program) => new(program)
    {
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
        WorkingDirectory = Path.GetTempPath(),
    };

    private static Result Execute(ProcessStartInfo start, string? standardInput)
    {
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (standardInput != null)
        {
            process.StandardInput.Write(standardInput);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("starforth did not exit");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
