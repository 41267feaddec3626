using StarForth;

namespace MyWords;

/// <summary>A few words of a pack of one's own: pure stack words and one that prints.</summary>
public static class MathWords
{
    [ForthWord("SQUARE", "( n1 -- n2 )", Summary = "n2 is n1 times n1.")]
    public static long Square(long n) => unchecked(n * n);

    [ForthWord("CUBE", "( n1 -- n2 )", Summary = "n2 is n1 times n1 times n1.")]
    public static long Cube(long n) => unchecked(n * n * n);

    /// <summary>Euclid's algorithm on the magnitudes; GCD of 0 and 0 is 0.</summary>
    [ForthWord("GCD", "( n1 n2 -- n3 )", Summary = "n3 is the greatest common divisor of n1 and n2.")]
    public static long Gcd(long a, long b)
    {
        ulong x = (ulong)(a < 0 ? -a : a);
        ulong y = (ulong)(b < 0 ? -b : b);
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }
        return (long)x;
    }

    /// <summary>Prints n stars; a negative count is -24 (invalid numeric argument).</summary>
    [ForthWord("STARS", "( n -- )", Summary = "Prints n stars.")]
    public static void Stars(Machine m)
    {
        long count = m.Stack.Pop();
        if (count < 0)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        for (long i = 0; i < count; i++)
        {
            m.Output.Emit((byte)'*');
        }
    }
}
