namespace StarForth.Words;

/// <summary>Leaving the system.</summary>
public static class SystemWords
{
    /// <summary>Ends the program: a THROW that no CATCH takes, which the host turns into a clean exit.</summary>
    [ForthWord("BYE", "( -- )")]
    public static void Bye(Machine m) => m.Throw(ThrowCode.Bye);
}
