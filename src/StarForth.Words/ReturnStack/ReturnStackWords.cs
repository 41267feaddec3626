namespace StarForth.Words;

/// <summary>Moving cells between the data and return stacks.</summary>
public static class ReturnStackWords
{
    [ForthWord(">R", "( x -- ) ( R: -- x )")]
    public static void ToR(Machine m) => m.ReturnPush(m.Pop());

    [ForthWord("R>", "( -- x ) ( R: x -- )")]
    public static void RFrom(Machine m)
    {
        long x = m.ReturnPop();
        if (m.ThrowCode == 0)
        {
            m.Push(x);
        }
    }

    [ForthWord("R@", "( -- x ) ( R: x -- x )")]
    public static void RFetch(Machine m)
    {
        long x = m.ReturnPeek();
        if (m.ThrowCode == 0)
        {
            m.Push(x);
        }
    }
}
