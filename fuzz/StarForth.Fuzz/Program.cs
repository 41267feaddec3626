using System;
using System.IO;
using SharpFuzz;
using StarForth.Testing;

namespace StarForth.Fuzz;

/// <summary>
/// The long-run fuzzer (AFL through SharpFuzz; docs/reliability.md says how to run it): each input is Forth source,
/// interpreted line by line in one machine that lives for the whole run, as the CsCheck property does with its own
/// programs. A .NET exception, a broken guard or a failed canary ends the process, which AFL records as a crash.
/// </summary>
public static class Program
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(20);

    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            // Replays inputs (a crash AFL saved, or a whole queue directory in order, in one machine as AFL ran them) in
            // the uninstrumented build: dotnet run --project fuzz/StarForth.Fuzz -- PATH
            using var replay = new FuzzTarget(Budget);
            string[] files = Directory.Exists(args[0]) ? Directory.GetFiles(args[0]) : new[] { args[0] };
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string path in files)
            {
                Console.Error.WriteLine(path);
                using FileStream file = File.OpenRead(path);
                Run(replay, file);
            }
            Console.WriteLine("no failure");
            return;
        }
        // Instrumented code may run only once SharpFuzz has set up AFL's coverage map: the machine boots in the first input.
        FuzzTarget? target = null;
        Fuzzer.Run(stream =>
        {
            try
            {
                Run(target ??= new FuzzTarget(Budget), stream);
            }
            catch
            {
                // The crash is AFL's to record; the next input gets a fresh machine, not the broken one.
                target?.Dispose();
                target = null;
                throw;
            }
        });
    }

    /// <summary>
    /// Lines per input: each may run for the watchdog's budget, and AFL's own timeout kills the process, which the
    /// SharpFuzz loop cannot survive. For the same reason inputs naming the benchmarks (which do not poll the
    /// interrupt) are skipped.
    /// </summary>
    private const int MaxLines = 64;

    private static void Run(FuzzTarget target, Stream input)
    {
        var source = new MemoryStream();
        input.CopyTo(source);
        ReadOnlySpan<byte> text = source.GetBuffer().AsSpan(0, (int)source.Length);
        if (System.Text.Encoding.Latin1.GetString(text).Contains("BENCH", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        for (int lines = 0; !text.IsEmpty && lines < MaxLines; lines++)
        {
            int newline = text.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline < 0 ? text : text[..newline];
            text = newline < 0 ? default : text[(newline + 1)..];
            target.RunLine(line);
        }
        string? broken = target.Check();
        if (broken != null)
        {
            throw new InvalidOperationException(broken);
        }
    }
}
