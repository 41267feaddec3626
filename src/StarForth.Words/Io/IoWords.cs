namespace StarForth.Words;

/// <summary>Character output.</summary>
public static class IoWords
{
    [ForthWord("EMIT", "( char -- )")]
    public static void Emit(Machine m) => m.Emit((byte)m.Pop());

    [ForthWord("CR", "( -- )")]
    public static void Cr(Machine m) => m.Emit((byte)'\n');

    [ForthWord("TYPE", "( c-addr u -- )")]
    public static void Type(Machine m)
    {
        long u = m.Pop();
        long address = m.Pop();
        m.Type(address, u);
    }

    [ForthWord("SPACE", "( -- )")]
    public static void Space(Machine m) => m.Emit((byte)' ');

    [ForthWord("SPACES", "( n -- )")]
    public static void Spaces(Machine m)
    {
        for (long n = m.Pop(); n > 0 && m.ThrowCode == 0; n--)
        {
            m.Emit((byte)' ');
        }
    }
}
