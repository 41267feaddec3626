using System;
using System.IO;
using System.Text;
using StarForth.Cli;

namespace StarForth.Benchmarks;

/// <summary>
/// A machine booted as the <c>starforth</c> command boots it (<see cref="ForthSession"/>), with its output discarded
/// and the deterministic clock, so runs compare. Setup lines must succeed.
/// </summary>
public sealed class BenchmarkSession : IDisposable
{
    private readonly StringWriter errors = new();
    private readonly ForthSession session;

    public BenchmarkSession(long arenaSize)
    {
        session = ForthSession.Start(arenaSize, Stream.Null, errors, input: null) ?? throw new InvalidOperationException(errors.ToString());
        session.Machine.Clock.Deterministic = true;
    }

    public Machine Machine => session.Machine;

    /// <summary>Interprets the lines in turn; the first that fails throws with the session's error report.</summary>
    public void Run(params string[] lines)
    {
        foreach (string line in lines)
        {
            if (!session.RunLine(Encoding.UTF8.GetBytes(line), "setup", lineNumber: 1))
            {
                throw new InvalidOperationException(errors.ToString());
            }
        }
    }

    public void Dispose() => session.Dispose();
}
