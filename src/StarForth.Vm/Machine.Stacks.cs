namespace StarForth;

// The data and return stacks: host-allocated cell arrays, every access checked.
public sealed unsafe partial class Machine
{
    internal long* dataStack;
    private int dataStackCapacity;
    internal long* returnStack;
    private int returnStackCapacity;

    /// <summary>Number of cells on the data stack.</summary>
    public int Depth;

    /// <summary>Number of cells on the return stack.</summary>
    public int ReturnDepth;

    public int DataStackCapacity => dataStackCapacity;

    /// <summary>
    /// The check the generated dispatch makes before a primitive with a fixed stack effect:
    /// at least <paramref name="inputs"/> cells present and room for <paramref name="growth"/> more.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool CheckStack(int inputs, int growth)
    {
        if (Depth < inputs)
        {
            Throw(StarForth.ThrowCode.StackUnderflow);
            return false;
        }
        if (Depth + growth > dataStackCapacity)
        {
            Throw(StarForth.ThrowCode.StackOverflow);
            return false;
        }
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Push(long value)
    {
        if (Depth >= dataStackCapacity)
        {
            Throw(StarForth.ThrowCode.StackOverflow);
            return;
        }
        dataStack[Depth++] = value;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long Pop()
    {
        if (Depth <= 0)
        {
            Throw(StarForth.ThrowCode.StackUnderflow);
            return 0;
        }
        return dataStack[--Depth];
    }

    /// <summary>The cell <paramref name="index"/> below the top (0 = top), or 0 with -4 when absent.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long Peek(int index = 0)
    {
        if ((uint)index >= (uint)Depth)
        {
            Throw(StarForth.ThrowCode.StackUnderflow);
            return 0;
        }
        return dataStack[Depth - 1 - index];
    }

    /// <summary>Replaces the cell <paramref name="index"/> below the top.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Poke(int index, long value)
    {
        if ((uint)index >= (uint)Depth)
        {
            Throw(StarForth.ThrowCode.StackUnderflow);
            return;
        }
        dataStack[Depth - 1 - index] = value;
    }

    public void PushFlag(bool condition) => Push(condition ? -1 : 0);

    /// <summary>Pops an execution token: the word_id of a live word, or -1 after -4 (empty stack) or -9 (not a word).</summary>
    public int PopExecutionToken()
    {
        long xt = Pop();
        if (ThrowCode != 0)
        {
            return -1;
        }
        if (!IsWord(xt))
        {
            Throw(StarForth.ThrowCode.InvalidAddress);
            return -1;
        }
        return (int)xt;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void ReturnPush(long value)
    {
        if (ReturnDepth >= returnStackCapacity)
        {
            Throw(StarForth.ThrowCode.ReturnStackOverflow);
            return;
        }
        returnStack[ReturnDepth++] = value;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long ReturnPop()
    {
        if (ReturnDepth <= 0)
        {
            Throw(StarForth.ThrowCode.ReturnStackUnderflow);
            return 0;
        }
        return returnStack[--ReturnDepth];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long ReturnPeek(int index = 0)
    {
        if ((uint)index >= (uint)ReturnDepth)
        {
            Throw(StarForth.ThrowCode.ReturnStackUnderflow);
            return 0;
        }
        return returnStack[ReturnDepth - 1 - index];
    }
}
