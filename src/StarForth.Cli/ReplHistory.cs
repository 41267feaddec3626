using System;
using System.Collections.Generic;
using System.IO;

namespace StarForth.Cli;

/// <summary>
/// The REPL's history file, <c>starforth/history</c> under the user's configuration folder ($XDG_CONFIG_HOME, else
/// ~/.config): read at start, one line appended per line entered, the newest <see cref="Kept"/> kept. A history that
/// cannot be read or written is simply not kept; the REPL never fails because of it.
/// </summary>
public sealed class ReplHistory
{
    public const int Kept = 1000;

    public ReplHistory(string path) => Path = path;

    public string Path { get; }

    public static ReplHistory ForCurrentUser()
    {
        string config = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(config))
        {
            config = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }
        return new ReplHistory(System.IO.Path.Combine(config, "starforth", "history"));
    }

    /// <summary>The saved lines, oldest first (the newest <see cref="Kept"/>).</summary>
    public IReadOnlyList<string> Load()
    {
        try
        {
            if (!File.Exists(Path))
            {
                return Array.Empty<string>();
            }
            string[] lines = File.ReadAllLines(Path);
            return lines.Length <= Kept ? lines : lines[^Kept..];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    public void Append(string line)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.AppendAllText(Path, line + "\n");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not kept, as documented.
        }
    }
}
