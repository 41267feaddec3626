namespace StarForth.Words;

/// <summary>
/// Words that compile other words: ANS POSTPONE and COMPILE, and the FORTH-79 COMPILE and [COMPILE]. A compiled
/// "compile this word" is LIT word_id COMPILE, so the body holds no address.
/// </summary>
public static class CompilingWords
{
    [ForthWord("COMPILE,", "( xt -- )", Flags = WordFlags.CompileOnly)]
    public static void CompileComma(Machine m)
    {
        long xt = m.Stack.Pop();
        if (!m.WordTable.IsWord(xt))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        m.Compiler.CompileWordId((int)xt);
    }

    /// <summary>Compiles the compilation semantics of the name: an immediate word runs when this definition runs.</summary>
    [ForthWord("POSTPONE", "( \"name\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Postpone(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId < 0)
        {
            return;
        }
        if ((m.WordTable.FlagsOf(wordId) & WordFlags.Immediate) != 0)
        {
            m.Compiler.CompileWordId(wordId);
        }
        else
        {
            CompileCompilation(m, wordId);
        }
    }

    /// <summary>
    /// FORTH-79 COMPILE: when the definition runs, it compiles the word that follows COMPILE here. The C entry is
    /// immediate, so it reads the name now and compiles LIT word_id COMPILE, (the same effect as reading it inline).
    /// </summary>
    [ForthWord("COMPILE", "( \"name\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Compile(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId >= 0)
        {
            CompileCompilation(m, wordId);
        }
    }

    /// <summary>FORTH-79 [COMPILE]: compiles the next word even when it is immediate.</summary>
    [ForthWord("[COMPILE]", "( \"name\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void BracketCompile(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId >= 0)
        {
            m.Compiler.CompileWordId(wordId);
        }
    }

    private static void CompileCompilation(Machine m, int wordId)
    {
        m.Compiler.CompileLiteral(wordId);
        m.Compiler.CompileWordId(WordIds.CompileComma);
    }
}
