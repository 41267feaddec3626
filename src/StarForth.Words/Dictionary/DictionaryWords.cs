namespace StarForth.Words;

/// <summary>Data space: HERE and the words that take space from it.</summary>
public static class DictionaryWords
{
    [ForthWord("HERE", "( -- addr )")]
    public static void Here(Machine m) => m.Push(m.Here);

    [ForthWord("ALLOT", "( n -- )")]
    public static void Allot(Machine m) => m.Allot(m.Pop());

    [ForthWord(",", "( x -- )")]
    public static void Comma(Machine m) => m.CommaCell(m.Pop());

    [ForthWord("C,", "( char -- )")]
    public static void CComma(Machine m) => m.CommaByte((byte)m.Pop());

    [ForthWord("ALIGN", "( -- )")]
    public static void Align(Machine m) => m.AlignHere();

    [ForthWord("PAD", "( -- c-addr )")]
    public static void Pad(Machine m) => m.Push(m.PadAddress);
}
