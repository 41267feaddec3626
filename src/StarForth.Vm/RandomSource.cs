namespace StarForth;

/// <summary>SEED and RANDOM: SplitMix64, so a seed gives the same sequence in every build and on every run.</summary>
public sealed class RandomSource
{
    public const ulong DefaultSeed = 0x5354415246525448UL; // "STARFRTH"

    private ulong state = DefaultSeed;

    public void Seed(ulong seed) => state = seed;

    public ulong Next()
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        ulong z = state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A uniformly distributed number in 0 .. <paramref name="bound"/>-1 (bound &gt; 0), without modulo bias.</summary>
    public ulong NextBelow(ulong bound)
    {
        ulong limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);
        return value % bound;
    }
}
