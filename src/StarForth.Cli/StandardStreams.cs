using System;
using System.IO;

namespace StarForth.Cli;

/// <summary>
/// The process's standard streams as the shell handed them over. A descriptor the shell closed (<c>&lt;&amp;-</c>,
/// <c>&gt;&amp;-</c>) does not stay closed: the runtime's first own file takes its number (on Linux one end of a
/// pipe of its own), so "reading stdin" would wait on the runtime forever. Such a descriptor is told apart by
/// close-on-exec: one inherited through exec never has it, one this process opened always has.
/// </summary>
public sealed class StandardStreams
{
    /// <summary>O_CLOEXEC in the flags of /proc/self/fdinfo (octal 02000000 on Linux).</summary>
    private const long CloseOnExec = 0x80000;

    private StandardStreams(Stream input, GuardedStream output, bool inputClosed)
    {
        Input = input;
        Output = output;
        InputClosed = inputClosed;
    }

    /// <summary>Standard input; an empty stream when it was closed.</summary>
    public Stream Input { get; }

    public bool InputClosed { get; }

    /// <summary>Standard output; its failures go to <see cref="HostFailure"/> instead of throwing.</summary>
    public GuardedStream Output { get; }

    /// <summary>
    /// Opens the three streams and points <see cref="Console.Out"/> and <see cref="Console.Error"/> at guarded
    /// writers, so help text and messages cannot throw either. Standard error drops what it cannot write.
    /// </summary>
    public static StandardStreams Open(HostFailure failure)
    {
        bool inputClosed = WasClosed(0);
        Stream input = inputClosed ? Stream.Null : Console.OpenStandardInput();
        var output = new GuardedStream(WasClosed(1) ? null : Console.OpenStandardOutput(), "<stdout>", failure);
        var error = new GuardedStream(WasClosed(2) ? null : Console.OpenStandardError(), "<stderr>", null);
        Console.SetOut(new StreamWriter(output) { AutoFlush = true });
        Console.SetError(new StreamWriter(error) { AutoFlush = true });
        return new StandardStreams(input, output, inputClosed);
    }

    /// <summary>True when the shell closed <paramref name="descriptor"/>; false where /proc/self/fdinfo cannot tell.</summary>
    public static bool WasClosed(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        string text;
        try
        {
            text = File.ReadAllText($"/proc/self/fdinfo/{descriptor}");
        }
        catch (FileNotFoundException)
        {
            return true;
        }
        catch (Exception exception) when (HostFailure.IsHostIo(exception))
        {
            return false;
        }
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                long flags = Convert.ToInt64(line["flags:".Length..].Trim(), 8);
                return (flags & CloseOnExec) != 0;
            }
        }
        return false;
    }
}
