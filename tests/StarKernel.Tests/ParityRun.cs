using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StarKernel.Tests;

/// <summary>
/// One run of <c>tools/parity --no-build</c> (the README's command, on the images the solution build made): its
/// output, exit status and the two captures it compared (and, with --files, the two boot.fs outputs). Cached per
/// option: each run boots the kernel once.
/// </summary>
public sealed record ParityRun(int ExitCode, string Output, string Hosted, string Serial, string BootHosted, string BootKernel)
{
    /// <summary>Per boot, as in <see cref="KernelBoot"/>: QEMU gets this long, the whole command a little more.</summary>
    private const int BootTimeoutSeconds = 60;

    private static readonly ConcurrentDictionary<(string BreakWord, string Files), Lazy<ParityRun>> Runs = new();

    public static string Command => Path.GetFullPath(Path.Combine(KernelImages.KernelDirectory, "..", "..", "tools", "parity"));

    /// <summary>tools/parity as the README runs it (after the build).</summary>
    public static ParityRun Plain => Get("", "");

    /// <summary>tools/parity --break WORD: the test image's kernel-only fault.</summary>
    public static ParityRun Breaking(string word) => Get(word, "");

    /// <summary>tools/parity --files DIR: the files of DIR on the boot disk, boot.fs's output compared with the hosted run's.</summary>
    public static ParityRun WithFiles(string directory) => Get("", directory);

    /// <summary>The PARITY lines of a capture, in order.</summary>
    public static string[] ParityLines(string text) =>
        text.Split('\n').Where(line => line.StartsWith("PARITY:", StringComparison.Ordinal)).ToArray();

    private static ParityRun Get(string breakWord, string files) =>
        Runs.GetOrAdd((breakWord, files), key => new Lazy<ParityRun>(() => Run(key.BreakWord, key.Files))).Value;

    private static ParityRun Run(string breakWord, string files)
    {
        string output = Path.Combine(Path.GetTempPath(), "starkernel-parity-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Command);
        foreach (string argument in new[] { "--no-build", "--timeout", BootTimeoutSeconds.ToString(), "--out", output, "-c", KernelImages.Configuration })
        {
            start.ArgumentList.Add(argument);
        }
        if (breakWord.Length > 0)
        {
            start.ArgumentList.Add("--break");
            start.ArgumentList.Add(breakWord);
        }
        if (files.Length > 0)
        {
            start.ArgumentList.Add("--files");
            start.ArgumentList.Add(files);
        }
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string text = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit((BootTimeoutSeconds + 60) * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("tools/parity did not exit");
        }
        string Read(string name) => File.Exists(Path.Combine(output, name)) ? File.ReadAllText(Path.Combine(output, name)) : "";
        return new ParityRun(process.ExitCode, text + error.Result, Read("hosted.txt"), Read("serial.log"), Read("boot-hosted.txt"), Read("boot-kernel.txt"));
    }
}
