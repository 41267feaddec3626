using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace StarKernel.Tests;

/// <summary>
/// The user's story, in a copy of the sources: declare a primitive, build, get SF1001 naming it with its id; add its
/// lock line; the hosted starforth and the kernel's serial REPL run it; then the two ways a lock drifts (a new word
/// inserted with every later id shifted, one id edited) fail the build with one error naming the word.
/// </summary>
[Collection(QemuCollection.Name)]
public sealed class AddingAPrimitiveTests : IDisposable
{
    private const string Triple = """
        namespace StarForth.Words;

        public static class TripleWords
        {
            [ForthWord("TRIPLE", "( n1 -- n2 )")]
            public static long Triple(long n) => unchecked(n * 3);
        }
        """;

    private readonly string copy = Path.Combine(Path.GetTempPath(), "starforth-adding-a-primitive-" + Guid.NewGuid().ToString("N"));

    public AddingAPrimitiveTests()
    {
        string root = Path.GetFullPath(Path.Combine(KernelImages.KernelDirectory, "..", ".."));
        foreach (string folder in new[] { "src", "analyzers", Path.Combine("tools", "StarKernel.Stubs") })
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(copy, folder));
        }
        foreach (string file in new[] { "Directory.Build.props", "Directory.Build.targets", "version.props", "LICENSE", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            File.Copy(Path.Combine(root, file), Path.Combine(copy, file));
        }
    }

    private string LockPath => Path.Combine(copy, "src", "StarForth.Words", "words.lock");

    [Fact]
    public void DeclareLockRunHostedAndInTheKernelThenDriftFailsTheBuild()
    {
        File.WriteAllText(Path.Combine(copy, "src", "StarForth.Words", "Stack", "TripleWords.cs"), Triple);
        string shippedLock = File.ReadAllText(LockPath);
        int nextId = NextFreeWordId(shippedLock);

        var missing = Run("dotnet", "build", "src/StarForth.Words", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Equal(
            new[] { "error SF1001: Word 'TRIPLE' in vocabulary FORTH has no entry in words.lock; its word_id would be " + nextId + ", the next free one" },
            Errors(missing.Output));

        File.AppendAllText(LockPath, nextId + "\tTRIPLE\t0x00\tFORTH\n");
        var cli = Run("dotnet", "build", "src/StarForth.Cli", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
        Assert.True(cli.ExitCode == 0, cli.Output);
        var hosted = Run("dotnet", Path.Combine("src", "StarForth.Cli", "bin", "Debug", "net10.0", "starforth.dll"), "-e", "3 TRIPLE . BYE");
        Assert.Equal("9 ", hosted.Output);

        var kernel = Run("dotnet", "build", "src/StarKernel", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
        Assert.True(kernel.ExitCode == 0, kernel.Output);
        Assert.Contains("StarKernel: serial REPL (BYE or Ctrl-D ends it)\n9  ok\n", Boot("3 TRIPLE .\n"));

        // Renumbering moves the lock's unshipped words up by one as well, so the next free id moves with them.
        int shippedNextId = NextFreeWordId(File.ReadAllText(Path.Combine(copy, "src", "StarForth.Words", "words.shipped.lock")));
        int renumberedNextId = nextId == shippedNextId ? nextId : nextId + 1;
        File.WriteAllText(LockPath, InsertAndRenumber(shippedLock, "300\tTRIPLE\t0x00\tFORTH"));
        var renumbered = Run("dotnet", "build", "src/StarForth.Words", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
        Assert.NotEqual(0, renumbered.ExitCode);
        Assert.Equal(
            new[]
            {
                "error SF1004: Word 'TRIPLE' cannot take word_id 300: it was shipped to 'SHOW-HEAT'; a new word takes the next free id, " + renumberedNextId,
                "error SF1012: Word 'SHOW-HEAT' was shipped as word_id 300, but words.lock now gives it word_id 301",
                "error SF1013: 78 more shipped words after 'SHOW-HEAT' (shipped word_ids 301 to 378) moved by +1 too",
            },
            Errors(renumbered.Output));

        File.WriteAllText(LockPath, shippedLock.Replace("\n1\tDUP\t0x00\tFORTH\n", "\n977\tDUP\t0x00\tFORTH\n") + nextId + "\tTRIPLE\t0x00\tFORTH\n");
        var edited = Run("dotnet", "build", "src/StarForth.Words", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
        Assert.NotEqual(0, edited.ExitCode);
        Assert.Equal(
            new[] { "error SF1012: Word 'DUP' was shipped as word_id 1, but words.lock now gives it word_id 977" },
            Errors(edited.Output));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(copy, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left for the system to clean.
        }
    }

    /// <summary>One above the highest word_id the lock gives out: the id a new word takes.</summary>
    private static int NextFreeWordId(string lockText) =>
        lockText.Split('\n')
            .Where(line => line.Length > 0 && char.IsAsciiDigit(line[0]))
            .Max(line => int.Parse(line.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture)) + 1;

    /// <summary>The distinct errors of a build's output, without file, position and help link.</summary>
    private static string[] Errors(string output) =>
        output.Split('\n')
            .Select(line => Regex.Match(line, @": (error [A-Z]+\d+: .*?)(?: \(docs/diagnostics/[^)]*\))?(?: \[[^\]]*\])?\s*$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string InsertAndRenumber(string lockText, string inserted)
    {
        var lines = new List<string>();
        foreach (string line in lockText.Split('\n'))
        {
            string[] fields = line.Split('\t');
            if (int.TryParse(fields[0], out int id) && id >= 300)
            {
                if (id == 300)
                {
                    lines.Add(inserted);
                }
                fields[0] = (id + 1).ToString();
                lines.Add(string.Join('\t', fields));
                continue;
            }
            lines.Add(line);
        }
        return string.Join('\n', lines);
    }

    private string Boot(string script)
    {
        string input = Path.Combine(copy, "input.fs");
        string log = Path.Combine(copy, "serial.log");
        File.WriteAllText(input, script);
        string esp = Path.Combine(copy, "src", "StarKernel", "bin", "Debug", "net10.0", "ESP");
        var boot = Run("bash", Path.Combine(copy, "src", "StarKernel", "boot.sh"), "--input", input, esp, log);
        Assert.Contains("boot.sh: qemu exit status", boot.Output);
        return File.ReadAllText(log);
    }

    private (int ExitCode, string Output) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = copy,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["BOOT_TIMEOUT"] = "28";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (string folder in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyFolder(folder, Path.Combine(to, name));
            }
        }
    }
}
