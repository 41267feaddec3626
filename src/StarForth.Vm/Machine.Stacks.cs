namespace StarForth;

// The data and return stacks are two CellStacks; what is left here needs more than a stack.
public sealed unsafe partial class Machine
{
    /// <summary>Pops an execution token: the word_id of a live word, or -1 after -4 (empty stack) or -9 (not a word).</summary>
    public int PopExecutionToken()
    {
        long xt = Stack.Pop();
        if (ThrowCode != 0)
        {
            return -1;
        }
        if (!WordTable.IsWord(xt))
        {
            Throw(StarForth.ThrowCode.InvalidAddress);
            return -1;
        }
        return (int)xt;
    }
}
