namespace StarForth.Words;

/// <summary>Words that shape the dictionary's life: nameless definitions, buffers, MARKER and FORGET.</summary>
public static class DictionaryLifetimeWords
{
    /// <summary>Its header has an empty, hidden name; the xt is pushed before compilation starts.</summary>
    [ForthWord(":NONAME", "( C: -- colon-sys ) ( S: -- xt )")]
    public static void NoName(Machine m) => m.Compiler.BeginNonameDefinition();

    [ForthWord("BUFFER:", "( u \"name\" -- )")]
    public static void BufferColon(Machine m)
    {
        long u = m.Stack.Peek();
        if (u < 0)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.Create) >= 0)
        {
            m.Stack.Pop();
            m.DataSpace.Allot(u);
        }
    }

    /// <summary>MARKER name: running name forgets it and every word defined after it, and gives their word_ids back.</summary>
    [ForthWord("MARKER", "( \"name\" -- )")]
    public static void Marker(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        m.Dictionary.CreateMarker(name, length);
    }

    /// <summary>Forgets the named word and everything newer; -15 for a bootstrap word.</summary>
    [ForthWord("FORGET", "( \"name\" -- )")]
    public static void Forget(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId >= 0)
        {
            m.Dictionary.ForgetFrom(wordId);
        }
    }
}
