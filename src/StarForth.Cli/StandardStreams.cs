using System;
using System.IO;
using System.Runtime.InteropServices;

namespace StarForth.Cli;

/// <summary>
/// The process's standard streams as the shell handed them over. A descriptor the shell closed (<c>&lt;&amp;-</c>,
/// <c>&gt;&amp;-</c>) does not stay closed: the runtime's first own file takes its number (on Linux one end of a
/// pipe of its own), so "reading stdin" would wait on the runtime forever. Such a descriptor is told apart by
/// close-on-exec: one inherited through exec never has it, one this process opened always has.
/// </summary>
public sealed partial class StandardStreams
{
    /// <summary>fcntl's F_GETFD and the FD_CLOEXEC flag it returns.</summary>
    private const int GetDescriptorFlags = 1;
    private const int CloseOnExec = 1;

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

    /// <summary>
    /// True when the shell closed <paramref name="descriptor"/>: it is not open, or it is close-on-exec. One
    /// <c>fcntl</c> call: reading /proc/self/fdinfo instead cost the first file I/O's start-up, about 4 ms.
    /// </summary>
    public static bool WasClosed(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        int flags = DescriptorFlags(descriptor, GetDescriptorFlags);
        return flags < 0 || (flags & CloseOnExec) != 0;
    }

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int DescriptorFlags(int descriptor, int command);
}
