namespace StarForth.Words;

/// <summary>Data space: HERE and the words that take space from it.</summary>
public static class DictionaryWords
{
    [ForthWord("HERE", "( -- addr )")]
    public static void Here(Machine m) => m.Stack.Push(m.DataSpace.Here);

    [ForthWord("ALLOT", "( n -- )")]
    public static void Allot(Machine m) => m.DataSpace.Allot(m.Stack.Pop());

    [ForthWord(",", "( x -- )")]
    public static void Comma(Machine m) => m.DataSpace.CommaCell(m.Stack.Pop());

    [ForthWord("C,", "( char -- )")]
    public static void CComma(Machine m) => m.DataSpace.CommaByte((byte)m.Stack.Pop());

    /// <summary>Stores a double as 2! does: the high cell first.</summary>
    [ForthWord("2,", "( x1 x2 -- )")]
    public static void TwoComma(Machine m)
    {
        long x2 = m.Stack.Pop();
        long x1 = m.Stack.Pop();
        m.DataSpace.CommaCell(x2);
        m.DataSpace.CommaCell(x1);
    }

    /// <summary>The data stack is not in Forth memory, so its "pointer" is the depth: SP@ ( -- n ) before the push.</summary>
    [ForthWord("SP@", "( -- n )")]
    public static void SpFetch(Machine m) => m.Stack.Push(m.Stack.Depth);

    /// <summary>Sets the depth to n, dropping cells (0 SP! empties the stack); it never uncovers stale cells (-4 otherwise).</summary>
    [ForthWord("SP!", "( i*x n -- j*x )")]
    public static void SpStore(Machine m)
    {
        long n = m.Stack.Pop();
        if (n < 0 || n > m.Stack.Depth)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        m.Stack.Depth = (int)n;
    }

    /// <summary>The xt of the newest word in the dictionary (hidden and unfinished ones included).</summary>
    [ForthWord("LATEST", "( -- xt )")]
    public static void Latest(Machine m) => m.Stack.Push(m.WordTable.LatestHeaderWordId);

    [ForthWord("UNUSED", "( -- u )")]
    public static void Unused(Machine m) => m.Stack.Push(m.DataSpace.UnusedBytes);

    [ForthWord("ALIGN", "( -- )")]
    public static void Align(Machine m) => m.DataSpace.AlignHere();

    [ForthWord("PAD", "( -- c-addr )")]
    public static void Pad(Machine m) => m.Stack.Push(m.Arena.PadAddress);
}
