namespace StarForth.Words;

/// <summary>Number output in BASE.</summary>
public static class FormatWords
{
    [ForthWord(".", "( n -- )")]
    public static void Dot(Machine m)
    {
        m.TypeNumber(m.Pop(), signed: true);
        m.Emit((byte)' ');
    }

    [ForthWord("U.", "( u -- )")]
    public static void UDot(Machine m)
    {
        m.TypeNumber(m.Pop(), signed: false);
        m.Emit((byte)' ');
    }

    [ForthWord("BASE", "( -- a-addr )")]
    public static void Base(Machine m) => m.Push(ArenaLayout.BaseAddress);

    [ForthWord("DECIMAL", "( -- )")]
    public static void Decimal(Machine m) => m.Base = 10;

    [ForthWord("HEX", "( -- )")]
    public static void Hex(Machine m) => m.Base = 16;

    [ForthWord("OCTAL", "( -- )")]
    public static void Octal(Machine m) => m.Base = 8;
}
