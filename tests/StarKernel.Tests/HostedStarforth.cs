using System;
using System.Diagnostics;
using System.IO;

namespace StarKernel.Tests;

/// <summary>Runs the hosted starforth (copied next to the tests) on a script from standard input.</summary>
public static class HostedStarforth
{
    /// <summary>Standard output and standard error through one pipe, so errors stay where they happened.</summary>
    public static string RunScript(string scriptPath)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" <\"$1\" 2>&1");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "starforth.dll"));
        start.ArgumentList.Add(scriptPath);
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
