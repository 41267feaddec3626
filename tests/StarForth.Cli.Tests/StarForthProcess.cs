using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace StarForth.Cli.Tests;

/// <summary>Runs the built starforth command as a child process, the way a user does.</summary>
public static class StarForthProcess
{
    public readonly record struct Result(int ExitCode, string Output, string Error);

    public static Result Run(string? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "starforth.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
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

    public static string TemporaryFile(string name, string content)
    {
        string directory = Path.Combine(Path.GetTempPath(), "starforth-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
