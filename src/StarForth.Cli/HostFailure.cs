using System;
using System.IO;
using System.Runtime.InteropServices;

namespace StarForth.Cli;

/// <summary>
/// The first input or output the system refused (stdin a directory, stdout a full disk, a source file that cannot
/// be read): the command reports it as one line, <c>starforth: cannot read &lt;stdin&gt;: Is a directory</c>, and
/// exits 2. The VM never sees the exception: to it the stream simply ended.
/// </summary>
public sealed class HostFailure
{
    public const int ExitStatus = 2;

    public string? Message { get; private set; }

    public bool Occurred => Message != null;

    /// <summary>Called once, when the first failure is recorded (the session stops the running word).</summary>
    public Action? Recorded { get; set; }

    public void Record(string verb, string name, Exception exception)
    {
        if (Message != null)
        {
            return;
        }
        Message = $"starforth: cannot {verb} {name}: {Reason(exception)}";
        Recorded?.Invoke();
    }

    /// <summary>True for the exceptions a stream or file throws when the system refuses it.</summary>
    public static bool IsHostIo(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException;

    /// <summary>The system's own words (strerror) without the path .NET appends.</summary>
    public static string Reason(Exception exception)
    {
        Exception innermost = exception;
        while (innermost.InnerException != null)
        {
            innermost = innermost.InnerException;
        }
        // On Unix an IOException made from errno carries it as its HResult; others carry a negative COR_E_ code.
        if (innermost is IOException && innermost.HResult > 0)
        {
            return Marshal.GetPInvokeErrorMessage(innermost.HResult);
        }
        return innermost.Message;
    }
}
