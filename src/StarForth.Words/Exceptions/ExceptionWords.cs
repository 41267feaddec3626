namespace StarForth.Words;

/// <summary>CATCH and THROW, built on frames the machine keeps on the return stack (no .NET exceptions).</summary>
public static class ExceptionWords
{
    [ForthWord("CATCH", "( i*x xt -- j*x 0 | i*x n )")]
    public static int Catch(Machine m)
    {
        int xt = m.PopExecutionToken();
        if (xt < 0)
        {
            return -1;
        }
        m.InnerInterpreter.BeginCatch();
        return m.ThrowCode == 0 ? xt : -1;
    }

    /// <summary>Where a caught word returns to when it finishes without a THROW.</summary>
    [ForthWord("(CATCH-END)", "( -- 0 )", Flags = WordFlags.CompileOnly)]
    public static void CatchEnd(Machine m) => m.InnerInterpreter.EndCatch();

    [ForthWord("THROW", "( k*x n -- k*x | i*x n )")]
    public static void Throw(Machine m)
    {
        long code = m.Stack.Pop();
        if (code != 0)
        {
            m.Throw(code);
        }
    }

    [ForthWord("ABORT", "( i*x -- ) ( R: j*x -- )")]
    public static void Abort(Machine m) => m.Throw(ThrowCode.Abort);

    [ForthWord("ABORT\"", "( \"ccc<quote>\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void AbortQuote(Machine m)
    {
        m.Compiler.CompileWordId(WordIds.AbortQuoteRuntime);
        StringWords.CompileParsedString(m, (byte)'"');
    }

    /// <summary>Compiled by ABORT": THROWs -2 with the inline message when the flag is true.</summary>
    [ForthWord("(ABORT\")", "( i*x x1 -- | i*x )", Flags = WordFlags.CompileOnly, Operand = WordOperand.InlineString)]
    public static void AbortQuoteRuntime(Machine m)
    {
        long flag = m.Stack.Pop();
        long text = StringWords.SkipInlineString(m, out long length);
        if (flag != 0 && m.ThrowCode == 0)
        {
            m.Throw(ThrowCode.AbortQuote, m.Arena.Bytes(text, length));
        }
    }
}
