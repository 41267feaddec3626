namespace StarForth.Words;

/// <summary>Words that run the outer interpreter.</summary>
public static class InterpreterWords
{
    [ForthWord("EVALUATE", "( i*x c-addr u -- j*x )")]
    public static void Evaluate(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        m.OuterInterpreter.Evaluate(address, length);
    }
}
