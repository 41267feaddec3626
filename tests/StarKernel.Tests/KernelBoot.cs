using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace StarKernel.Tests;

/// <summary>
/// One boot of a kernel image under QEMU through src/StarKernel/boot.sh (the command users run),
/// with a script typed into the serial REPL. Boots are cached per (image, script): several tests
/// read the same serial log, and each boot costs seconds of emulation.
/// </summary>
public sealed record KernelBoot(int QemuStatus, string Log)
{
    /// <summary>Written by the kernel through isa-debug-exit: 0x10 → (0x10 &lt;&lt; 1) | 1.</summary>
    public const int PassStatus = 33;

    /// <summary>0x11: panic, CPU exception or failed self-test.</summary>
    public const int FailStatus = 35;

    private const int BootTimeoutSeconds = 60;

    private static readonly ConcurrentDictionary<(string Esp, string Script, string Files), Lazy<KernelBoot>> Boots = new();

    /// <summary>The normal image; <paramref name="files"/>, a folder whose files go on the boot disk (boot.sh --files).</summary>
    public static KernelBoot Normal(string script, string? files = null) => Run(Path.Combine(KernelImages.NormalOutput, "ESP"), script, files ?? "");

    public static KernelBoot TestImage(string script) => Run(Path.Combine(KernelImages.TestOutput, "ESP"), script, "");

    /// <summary>What boot.fs printed: the text between the kernel's begin and end lines for it.</summary>
    public string BootProgramOutput => Between("StarKernel: boot.fs begins\n", "StarKernel: boot.fs ended");

    /// <summary>What the serial REPL printed: the text between its ready line and its closing line.</summary>
    public string ReplOutput => Between("StarKernel: serial REPL (BYE or Ctrl-D ends it)\n", "StarKernel: serial REPL ended");

    private string Between(string begin, string end)
    {
        int start = Log.IndexOf(begin, StringComparison.Ordinal);
        int stop = start < 0 ? -1 : Log.IndexOf(end, start, StringComparison.Ordinal);
        return start < 0 || stop < 0 ? "" : Log[(start + begin.Length)..stop];
    }

    private static KernelBoot Run(string esp, string script, string files) =>
        Boots.GetOrAdd((esp, script, files), key => new Lazy<KernelBoot>(() => Boot(key.Esp, key.Script, key.Files))).Value;

    private static KernelBoot Boot(string esp, string script, string files)
    {
        string directory = Path.Combine(Path.GetTempPath(), "starkernel-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string input = Path.Combine(directory, "input.fs");
        string log = Path.Combine(directory, "serial.log");
        File.WriteAllText(input, script);

        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = files.Length == 0
            ? new[] { KernelImages.BootScript, "--input", input, esp, log }
            : new[] { KernelImages.BootScript, "--input", input, "--files", files, esp, log };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["BOOT_TIMEOUT"] = BootTimeoutSeconds.ToString();
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit((BootTimeoutSeconds + 5) * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("boot.sh did not exit");
        }
        Match status = Regex.Match(output, @"boot\.sh: qemu exit status (\d+)");
        if (!status.Success)
        {
            throw new InvalidOperationException($"boot.sh failed (exit {process.ExitCode}): {error}{output}");
        }
        return new KernelBoot(int.Parse(status.Groups[1].Value), File.ReadAllText(log));
    }
}
