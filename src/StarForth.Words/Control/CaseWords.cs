namespace StarForth.Words;

/// <summary>
/// CASE ... OF ... ENDOF ... ENDCASE, built from the ordinary branches: OF compiles OVER = (0BRANCH) DROP, ENDOF a
/// forward (BRANCH) to the end, ENDCASE a DROP and the resolution of every ENDOF.
/// </summary>
public static class CaseWords
{
    /// <summary>The CASE itself, under its ENDOFs on the control-flow stack.</summary>
    private const long CaseSys = 0x43415345;

    /// <summary>An OF waiting for its ENDOF.</summary>
    private const long OfSys = 0x4F465359;

    /// <summary>An ENDOF branch waiting for ENDCASE.</summary>
    private const long EndOfSys = 0x454E4446;

    [ForthWord("CASE", "( C: -- case-sys )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Case(Machine m) => ControlFlow.Push(m, 0, CaseSys);

    [ForthWord("OF", "( C: -- of-sys ) ( x1 x2 -- | x1 )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void Of(Machine m)
    {
        if (m.Stack.Depth < 2 || (m.Stack.Peek(0) != CaseSys && m.Stack.Peek(0) != EndOfSys))
        {
            m.Throw(ThrowCode.ControlStructureMismatch);
            return;
        }
        m.Compiler.CompileWordId(WordIds.Over);
        m.Compiler.CompileWordId(WordIds.EqualsWord);
        long orig = m.Compiler.CompileForwardBranch(WordIds.ZeroBranch);
        m.Compiler.CompileWordId(WordIds.Drop);
        ControlFlow.Push(m, orig, OfSys);
    }

    [ForthWord("ENDOF", "( C: case-sys1 of-sys -- case-sys2 )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void EndOf(Machine m)
    {
        long ofOrig = ControlFlow.Pop(m, OfSys);
        if (ofOrig < 0)
        {
            return;
        }
        long endOrig = m.Compiler.CompileForwardBranch(WordIds.Branch);
        m.Compiler.ResolveBranch(ofOrig, m.DataSpace.Here);
        ControlFlow.Push(m, endOrig, EndOfSys);
    }

    [ForthWord("ENDCASE", "( C: case-sys -- ) ( x -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void EndCase(Machine m)
    {
        if (m.Stack.Depth < 2 || (m.Stack.Peek(0) != CaseSys && m.Stack.Peek(0) != EndOfSys))
        {
            m.Throw(ThrowCode.ControlStructureMismatch);
            return;
        }
        m.Compiler.CompileWordId(WordIds.Drop);
        while (m.ThrowCode == 0 && m.Stack.Depth >= 2 && m.Stack.Peek(0) == EndOfSys)
        {
            long orig = ControlFlow.Pop(m, EndOfSys);
            m.Compiler.ResolveBranch(orig, m.DataSpace.Here);
        }
        ControlFlow.Pop(m, CaseSys);
    }
}
