using System.Runtime.CompilerServices;

namespace StarForth.Words;

/// <summary>Moving cells between the data and return stacks.</summary>
public static class ReturnStackWords
{
    [ForthWord(">R", "( x -- ) ( R: -- x )")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ToR(ref Registers r)
    {
        long x = r.Pop();
        if (r.Fault == 0)
        {
            r.ReturnPush(x);
        }
    }

    [ForthWord("R>", "( -- x ) ( R: x -- )")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RFrom(ref Registers r)
    {
        long x = r.ReturnPop();
        if (r.Fault == 0)
        {
            r.Push(x);
        }
    }

    [ForthWord("R@", "( -- x ) ( R: x -- x )")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RFetch(ref Registers r)
    {
        long x = r.ReturnPeek(0);
        if (r.Fault == 0)
        {
            r.Push(x);
        }
    }
}
