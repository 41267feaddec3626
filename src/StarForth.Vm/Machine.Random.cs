namespace StarForth;

// SEED and RANDOM: SplitMix64, so a seed gives the same sequence in every build and on every run; WAIT: a busy wait
// on the machine clock, which under the parity clock (1000 ns per read) takes the same number of reads every time.
public sealed partial class Machine
{
    public const ulong DefaultRandomSeed = 0x5354415246525448UL; // "STARFRTH"

    private ulong randomState = DefaultRandomSeed;

    public void SeedRandom(ulong seed) => randomState = seed;

    public ulong NextRandom()
    {
        randomState = unchecked(randomState + 0x9E3779B97F4A7C15UL);
        ulong z = randomState;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A uniformly distributed number in 0 .. <paramref name="bound"/>-1 (bound &gt; 0), without modulo bias.</summary>
    public ulong NextRandomBelow(ulong bound)
    {
        ulong limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong value;
        do
        {
            value = NextRandom();
        }
        while (value >= limit);
        return value % bound;
    }

    /// <summary>WAIT: returns once <paramref name="milliseconds"/> of machine clock have passed; -24 when negative.</summary>
    public void Wait(long milliseconds)
    {
        if (milliseconds < 0 || milliseconds > long.MaxValue / 1_000_000)
        {
            Throw(StarForth.ThrowCode.InvalidNumericArgument);
            return;
        }
        ulong start = MonotonicNanoseconds();
        ulong span = (ulong)milliseconds * 1_000_000UL;
        while (MonotonicNanoseconds() - start < span && ThrowCode == 0)
        {
            PollInterrupt(); // 3273859204165 WAIT would otherwise outlast Ctrl-C
        }
    }
}
