namespace StarForth.Words;

/// <summary>
/// Branches and loops: the immediate words that compile them, and the run-time words they compile.
/// A branch operand is an offset in cells from the operand cell; a DO loop keeps its exit address,
/// limit and index on the return stack.
/// </summary>
public static class ControlWords
{
    [ForthWord("(BRANCH)", "( -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    public static void Branch(Machine m)
    {
        long operand = m.Ip;
        m.TakeBranch(operand, m.NextOperand());
    }

    [ForthWord("(0BRANCH)", "( x -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    public static void ZeroBranch(Machine m)
    {
        long operand = m.Ip;
        long offset = m.NextOperand();
        if (m.Pop() == 0)
        {
            m.TakeBranch(operand, offset);
        }
    }

    [ForthWord("(DO)", "( n1 n2 -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    public static void DoRuntime(Machine m)
    {
        long operand = m.Ip;
        long exit = operand + m.NextOperand() * ArenaLayout.CellSize;
        long index = m.Pop();
        long limit = m.Pop();
        EnterLoop(m, exit, limit, index);
    }

    [ForthWord("(?DO)", "( n1 n2 -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    public static void QuestionDoRuntime(Machine m)
    {
        long operand = m.Ip;
        long exit = operand + m.NextOperand() * ArenaLayout.CellSize;
        long index = m.Pop();
        long limit = m.Pop();
        if (index == limit)
        {
            m.Ip = exit;
            return;
        }
        EnterLoop(m, exit, limit, index);
    }

    private static void EnterLoop(Machine m, long exit, long limit, long index)
    {
        m.ReturnPush(exit);
        m.ReturnPush(limit);
        m.ReturnPush(index);
    }

    [ForthWord("(LOOP)", "( -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    public static void LoopRuntime(Machine m) => Step(m, 1);

    [ForthWord("(+LOOP)", "( n -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Branch)]
    public static void PlusLoopRuntime(Machine m) => Step(m, m.Pop());

    /// <summary>Adds to the index; the loop ends when the index crosses the boundary between limit-1 and limit.</summary>
    private static void Step(Machine m, long increment)
    {
        long operand = m.Ip;
        long offset = m.NextOperand();
        long index = m.ReturnPeek(0);
        long limit = m.ReturnPeek(1);
        if (m.ThrowCode != 0)
        {
            return;
        }
        long before = unchecked(index - limit);
        long after = unchecked(before + increment);
        if (((before ^ after) & (before ^ increment)) < 0)
        {
            m.ReturnDrop(3);
            return;
        }
        m.ReturnPoke(0, unchecked(index + increment));
        m.TakeBranch(operand, offset);
    }

    [ForthWord("(LEAVE)", "( -- ) ( R: loop-sys -- )", Flags = WordFlags.CompileOnly)]
    public static void LeaveRuntime(Machine m)
    {
        long exit = m.ReturnPeek(2);
        m.ReturnDrop(3);
        if (m.ThrowCode == 0)
        {
            m.Ip = exit;
        }
    }

    [ForthWord("UNLOOP", "( -- ) ( R: loop-sys -- )", Flags = WordFlags.CompileOnly)]
    public static void Unloop(Machine m) => m.ReturnDrop(3);

    [ForthWord("I", "( -- n ) ( R: loop-sys -- loop-sys )", Flags = WordFlags.CompileOnly)]
    public static void I(Machine m)
    {
        long index = m.ReturnPeek(0);
        if (m.ThrowCode == 0)
        {
            m.Push(index);
        }
    }

    [ForthWord("J", "( -- n ) ( R: loop-sys1 loop-sys2 -- loop-sys1 loop-sys2 )", Flags = WordFlags.CompileOnly)]
    public static void J(Machine m)
    {
        long index = m.ReturnPeek(3);
        if (m.ThrowCode == 0)
        {
            m.Push(index);
        }
    }

    [ForthWord("EXIT", "( -- ) ( R: nest-sys -- )", Flags = WordFlags.CompileOnly)]
    public static void Exit(Machine m) => m.Ip = m.ReturnPop();

    [ForthWord("IF", "( C: -- orig )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void If(Machine m) => ControlFlow.Push(m, m.CompileForwardBranch(WordIds.ZeroBranch), ControlFlow.Orig);

    [ForthWord("ELSE", "( C: orig1 -- orig2 )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Else(Machine m)
    {
        long orig = ControlFlow.Pop(m, ControlFlow.Orig);
        if (orig < 0)
        {
            return;
        }
        long elseOrig = m.CompileForwardBranch(WordIds.Branch);
        m.ResolveBranch(orig, m.Here);
        ControlFlow.Push(m, elseOrig, ControlFlow.Orig);
    }

    [ForthWord("THEN", "( C: orig -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Then(Machine m)
    {
        long orig = ControlFlow.Pop(m, ControlFlow.Orig);
        if (orig >= 0)
        {
            m.ResolveBranch(orig, m.Here);
        }
    }

    [ForthWord("BEGIN", "( C: -- dest )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Begin(Machine m) => ControlFlow.Push(m, m.Here, ControlFlow.Dest);

    [ForthWord("UNTIL", "( C: dest -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Until(Machine m)
    {
        long dest = ControlFlow.Pop(m, ControlFlow.Dest);
        if (dest >= 0)
        {
            m.CompileBackwardBranch(WordIds.ZeroBranch, dest);
        }
    }

    [ForthWord("AGAIN", "( C: dest -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Again(Machine m)
    {
        long dest = ControlFlow.Pop(m, ControlFlow.Dest);
        if (dest >= 0)
        {
            m.CompileBackwardBranch(WordIds.Branch, dest);
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
        ControlFlow.Push(m, m.CompileForwardBranch(WordIds.ZeroBranch), ControlFlow.Orig);
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
        m.CompileBackwardBranch(WordIds.Branch, dest);
        long orig = ControlFlow.Pop(m, ControlFlow.Orig);
        if (orig >= 0)
        {
            m.ResolveBranch(orig, m.Here);
        }
    }

    [ForthWord("DO", "( C: -- do-sys )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Do(Machine m) => ControlFlow.Push(m, m.CompileForwardBranch(WordIds.DoRuntime), ControlFlow.DoSys);

    [ForthWord("?DO", "( C: -- do-sys )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void QuestionDo(Machine m) => ControlFlow.Push(m, m.CompileForwardBranch(WordIds.QuestionDoRuntime), ControlFlow.DoSys);

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
        m.CompileBackwardBranch(stepWordId, doOperand + ArenaLayout.CellSize);
        m.ResolveBranch(doOperand, m.Here);
    }

    [ForthWord("LEAVE", "( -- ) ( R: loop-sys -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Leave(Machine m) => m.CompileWordId(WordIds.LeaveRuntime);

    [ForthWord("RECURSE", "( -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Recurse(Machine m)
    {
        if (m.DefinitionWordId < 0)
        {
            m.Throw(ThrowCode.InvalidRecursion);
            return;
        }
        m.CompileWordId(m.DefinitionWordId);
    }

    [ForthWord("EXECUTE", "( i*x xt -- j*x )")]
    public static int Execute(Machine m) => m.PopExecutionToken();
}
