namespace StarForth.Words;

/// <summary>Character input from the host's line input.</summary>
public static class KeyboardWords
{
    /// <summary>The next input character; each line ends in a line feed. -39 at the end of input.</summary>
    [ForthWord("KEY", "( -- char )")]
    public static void Key(Machine m)
    {
        int c = m.Terminal.ReadKey();
        if (c < 0)
        {
            m.Throw(ThrowCode.UnexpectedEndOfFile);
            return;
        }
        m.Stack.Push(c);
    }

    /// <summary>True when KEY would not have to wait: characters of an already read line are left.</summary>
    [ForthWord("?TERMINAL", "( -- flag )")]
    public static void QuestionTerminal(Machine m) => m.Stack.PushFlag(m.Terminal.KeyAvailable);
}
