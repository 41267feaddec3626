using System;
using System.Diagnostics;
using System.IO;

namespace StarKernel.Tests;

/// <summary>Runs the hosted starforth (copied next to the tests).</summary>
public static class HostedStarforth
{
    /// <summary>A script from standard input; standard output and standard error through one pipe, so errors stay where they happened.</summary>
    public static string RunScript(string scriptPath) => Run("exec dotnet \"$0\" <\"$1\" 2>&1", scriptPath);

    /// <summary><c>starforth FILE</c> run in the file's folder, so errors name it as given; both streams through one pipe.</summary>
    public static string RunFile(string directory, string file) => Run("exec dotnet \"$0\" \"$1\" 2>&1", file, directory);

    /// <summary><c>starforth --parity</c>: the PARITY lines (standard error dropped).</summary>
    public static string RunParity() => Run("exec dotnet \"$0\" --parity 2>/dev/null", "");

    private static string Run(string command, string argument, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "starforth.dll"));
        start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("starforth did not exit");
        }
        return output;
    }
}
