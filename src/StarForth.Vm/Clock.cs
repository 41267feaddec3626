namespace StarForth;

/// <summary>
/// The machine clock: the host's, or in parity mode a fake one that advances 1000 ns per read, so that everything
/// timed by it (heat decay, WAIT) takes the same number of reads on every run and in both builds.
/// </summary>
public sealed unsafe class Clock
{
    private readonly HostServices host;
    private readonly ThrowState throws;
    private ulong fakeNanoseconds;

    /// <summary>True when the fake clock replaces the host's (parity mode).</summary>
    public bool Deterministic;

    internal Clock(HostServices host, ThrowState throws)
    {
        this.host = host;
        this.throws = throws;
    }

    /// <summary>Reads the clock: the host's, or in parity mode a fake one that advances 1000 ns per read.</summary>
    public ulong MonotonicNanoseconds()
    {
        if (Deterministic)
        {
            fakeNanoseconds += 1000;
            return fakeNanoseconds;
        }
        return host.MonotonicNanoseconds(host.Context);
    }

    /// <summary>
    /// WAIT: returns once <paramref name="milliseconds"/> of machine clock have passed, or at an interrupt the
    /// <paramref name="interpreter"/> was asked for (-28); -24 when negative.
    /// </summary>
    public void Wait(long milliseconds, InnerInterpreter interpreter)
    {
        if (milliseconds < 0 || milliseconds > long.MaxValue / 1_000_000)
        {
            throws.Raise(ThrowCode.InvalidNumericArgument);
            return;
        }
        ulong start = MonotonicNanoseconds();
        ulong span = (ulong)milliseconds * 1_000_000UL;
        while (MonotonicNanoseconds() - start < span && !interpreter.PollInterrupt()) // 3273859204165 WAIT would outlast Ctrl-C
        {
        }
    }

    /// <summary>TIME&amp;DATE's answer where no calendar is read: parity mode, or a host without a calendar clock.</summary>
    public const long ParityLocalTimeSeconds = 946_684_800; // 2000-01-01 00:00:00

    /// <summary>The local calendar time in seconds since 1970; the fixed parity date in parity mode or without a host calendar.</summary>
    public long LocalTimeSeconds()
    {
        if (Deterministic || host.LocalTimeSeconds == null)
        {
            return ParityLocalTimeSeconds;
        }
        return host.LocalTimeSeconds(host.Context);
    }
}
