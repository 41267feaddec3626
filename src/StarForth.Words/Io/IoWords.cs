namespace StarForth.Words;

/// <summary>Character output.</summary>
public static class IoWords
{
    [ForthWord("EMIT", "( char -- )")]
    public static void Emit(Machine m) => m.Output.Emit((byte)m.Stack.Pop());

    [ForthWord("CR", "( -- )")]
    public static void Cr(Machine m) => m.Output.Emit((byte)'\n');

    [ForthWord("TYPE", "( c-addr u -- )")]
    public static void Type(Machine m)
    {
        long u = m.Stack.Pop();
        long address = m.Stack.Pop();
        m.Output.Type(address, u);
    }

    [ForthWord("SPACE", "( -- )")]
    public static void Space(Machine m) => m.Output.Emit((byte)' ');

    [ForthWord("SPACES", "( n -- )")]
    public static void Spaces(Machine m)
    {
        for (long n = m.Stack.Pop(); n > 0 && m.ThrowCode == 0; n--)
        {
            m.Output.Emit((byte)' ');
        }
    }
}
