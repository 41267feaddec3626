using System.Runtime.CompilerServices;

namespace StarForth.Words;

/// <summary>
/// Branches and loops: the immediate words that compile them, and the run-time words they compile.
/// A branch operand is an offset in cells from the operand cell; a DO loop keeps its exit address,
/// limit and index on the return stack.
/// </summary>
public static class ControlWords
{
    [ForthWord("(BRANCH)", "( -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Branch(ref Registers r)
    {
        long operand = r.Ip;
        long offset = r.NextOperand();
        if (r.Fault == 0)
        {
            r.Branch(operand, offset);
        }
    }

    [ForthWord("(0BRANCH)", "( x -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ZeroBranch(ref Registers r)
    {
        long operand = r.Ip;
        long offset = r.NextOperand();
        if (r.Pop() == 0 && r.Fault == 0)
        {
            r.Branch(operand, offset);
        }
    }

    [ForthWord("(DO)", "( n1 n2 -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DoRuntime(ref Registers r)
    {
        long operand = r.Ip;
        long exit = operand + r.NextOperand() * ArenaLayout.CellSize;
        long index = r.Pop();
        long limit = r.Pop();
        EnterLoop(ref r, exit, limit, index);
    }

    [ForthWord("(?DO)", "( n1 n2 -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void QuestionDoRuntime(ref Registers r)
    {
        long operand = r.Ip;
        long exit = operand + r.NextOperand() * ArenaLayout.CellSize;
        long index = r.Pop();
        long limit = r.Pop();
        if (index == limit)
        {
            r.Ip = exit;
            return;
        }
        EnterLoop(ref r, exit, limit, index);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnterLoop(ref Registers r, long exit, long limit, long index)
    {
        if (r.Fault != 0)
        {
            return;
        }
        r.ReturnPush(exit);
        r.ReturnPush(limit);
        r.ReturnPush(index);
    }

    [ForthWord("(LOOP)", "( -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LoopRuntime(ref Registers r) => Step(ref r, 1);

    [ForthWord("(+LOOP)", "( n -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PlusLoopRuntime(ref Registers r)
    {
        long increment = r.Pop();
        if (r.Fault == 0)
        {
            Step(ref r, increment);
        }
    }

    /// <summary>Adds to the index; the loop ends when the index crosses the boundary between limit-1 and limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Step(ref Registers r, long increment)
    {
        long operand = r.Ip;
        long offset = r.NextOperand();
        if (r.ReturnDepth < 3)
        {
            r.Raise(ThrowCode.ReturnStackUnderflow);
        }
        if (r.Fault != 0)
        {
            return;
        }
        long* loop = r.Return + r.ReturnDepth; // loop[-1] index, loop[-2] limit, loop[-3] exit
        long index = loop[-1];
        long before = unchecked(index - loop[-2]);
        long after = unchecked(before + increment);
        if (((before ^ after) & (before ^ increment)) < 0)
        {
            r.ReturnDepth -= 3;
            return;
        }
        loop[-1] = unchecked(index + increment);
        r.Branch(operand, offset);
    }

    [ForthWord("(LEAVE)", "( -- ) ( R: loop-sys -- )", Flags = WordFlags.CompileOnly)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LeaveRuntime(ref Registers r)
    {
        long exit = r.ReturnPeek(2);
        r.ReturnDrop(3);
        if (r.Fault == 0)
        {
            r.Ip = exit;
        }
    }

    [ForthWord("UNLOOP", "( -- ) ( R: loop-sys -- )", Flags = WordFlags.CompileOnly)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unloop(ref Registers r) => r.ReturnDrop(3);

    [ForthWord("I", "( -- n ) ( R: loop-sys -- loop-sys )", Flags = WordFlags.CompileOnly)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void I(ref Registers r)
    {
        long index = r.ReturnPeek(0);
        if (r.Fault == 0)
        {
            r.Push(index);
        }
    }

    [ForthWord("J", "( -- n ) ( R: loop-sys1 loop-sys2 -- loop-sys1 loop-sys2 )", Flags = WordFlags.CompileOnly)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void J(ref Registers r)
    {
        long index = r.ReturnPeek(3);
        if (r.Fault == 0)
        {
            r.Push(index);
        }
    }

    [ForthWord("EXIT", "( -- ) ( R: nest-sys -- )", Flags = WordFlags.CompileOnly)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit(ref Registers r) => r.Ip = r.ReturnPop();

    [ForthWord("IF", "( C: -- orig )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void If(Machine m) => ControlFlow.Push(m, m.Compiler.CompileForwardBranch(WordIds.ZeroBranch), ControlFlow.Orig);

    [ForthWord("ELSE", "( C: orig1 -- orig2 )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Else(Machine m)
    {
        long orig = ControlFlow.Pop(m, ControlFlow.Orig);
        if (orig < 0)
        {
            return;
        }
        long elseOrig = m.Compiler.CompileForwardBranch(WordIds.Branch);
        m.Compiler.ResolveBranch(orig, m.DataSpace.Here);
        ControlFlow.Push(m, elseOrig, ControlFlow.Orig);
    }

    [ForthWord("THEN", "( C: orig -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Then(Machine m)
    {
        long orig = ControlFlow.Pop(m, ControlFlow.Orig);
        if (orig >= 0)
        {
            m.Compiler.ResolveBranch(orig, m.DataSpace.Here);
        }
    }

    [ForthWord("BEGIN", "( C: -- dest )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Begin(Machine m) => ControlFlow.Push(m, m.DataSpace.Here, ControlFlow.Dest);

    [ForthWord("UNTIL", "( C: dest -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Until(Machine m)
    {
        long dest = ControlFlow.Pop(m, ControlFlow.Dest);
        if (dest >= 0)
        {
            m.Compiler.CompileBackwardBranch(WordIds.ZeroBranch, dest);
        }
    }

    [ForthWord("AGAIN", "( C: dest -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Again(Machine m)
    {
        long dest = ControlFlow.Pop(m, ControlFlow.Dest);
        if (dest >= 0)
        {
            m.Compiler.CompileBackwardBranch(WordIds.Branch, dest);
        }
    }

    [ForthWord("WHILE", "( C: dest -- orig dest )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void While(Machine m)
    {
        long dest = ControlFlow.Pop(m, ControlFlow.Dest);
        if (dest < 0)
        {
            return;
        }
        ControlFlow.Push(m, m.Compiler.CompileForwardBranch(WordIds.ZeroBranch), ControlFlow.Orig);
        ControlFlow.Push(m, dest, ControlFlow.Dest);
    }

    [ForthWord("REPEAT", "( C: orig dest -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Repeat(Machine m)
    {
        long dest = ControlFlow.Pop(m, ControlFlow.Dest);
        if (dest < 0)
        {
            return;
        }
        m.Compiler.CompileBackwardBranch(WordIds.Branch, dest);
        long orig = ControlFlow.Pop(m, ControlFlow.Orig);
        if (orig >= 0)
        {
            m.Compiler.ResolveBranch(orig, m.DataSpace.Here);
        }
    }

    [ForthWord("DO", "( C: -- do-sys )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Do(Machine m) => ControlFlow.Push(m, m.Compiler.CompileForwardBranch(WordIds.DoRuntime), ControlFlow.DoSys);

    [ForthWord("?DO", "( C: -- do-sys )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void QuestionDo(Machine m) => ControlFlow.Push(m, m.Compiler.CompileForwardBranch(WordIds.QuestionDoRuntime), ControlFlow.DoSys);

    [ForthWord("LOOP", "( C: do-sys -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Loop(Machine m) => CloseLoop(m, WordIds.LoopRuntime);

    [ForthWord("+LOOP", "( C: do-sys -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void PlusLoop(Machine m) => CloseLoop(m, WordIds.PlusLoopRuntime);

    /// <summary>Branches back to the first cell after DO's operand, then points DO's operand past the loop.</summary>
    private static void CloseLoop(Machine m, int stepWordId)
    {
        long doOperand = ControlFlow.Pop(m, ControlFlow.DoSys);
        if (doOperand < 0)
        {
            return;
        }
        m.Compiler.CompileBackwardBranch(stepWordId, doOperand + ArenaLayout.CellSize);
        m.Compiler.ResolveBranch(doOperand, m.DataSpace.Here);
    }

    [ForthWord("LEAVE", "( -- ) ( R: loop-sys -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Leave(Machine m) => m.Compiler.CompileWordId(WordIds.LeaveRuntime);

    [ForthWord("RECURSE", "( -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Recurse(Machine m)
    {
        if (m.Compiler.DefinitionWordId < 0)
        {
            m.Throw(ThrowCode.InvalidRecursion);
            return;
        }
        m.Compiler.CompileWordId(m.Compiler.DefinitionWordId);
    }

    [ForthWord("EXECUTE", "( i*x xt -- j*x )")]
    public static int Execute(Machine m) => m.PopExecutionToken();
}
