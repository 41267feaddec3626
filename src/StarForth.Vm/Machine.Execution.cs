namespace StarForth;

// Errors as the host sees them: raising a THROW, EVALUATE under a host-side CATCH, and the reset after an uncaught one.
public sealed unsafe partial class Machine
{
    /// <summary>The name or text the latest error is about (for -13, the unknown word), if any; kept after the reset.</summary>
    public System.ReadOnlySpan<byte> ErrorDetail => throws.Detail;

    /// <summary>Starts a THROW: the first code wins until it is caught or reported.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Throw(int code) => throws.Raise(code);

    /// <summary>Starts a THROW whose message names a word or text in the arena.</summary>
    public void Throw(int code, System.ReadOnlySpan<byte> detail) => throws.Raise(code, detail);

    /// <summary>
    /// EVALUATE under a CATCH taken by the host side (the POST's E{ ... }E): returns the THROW code, 0 for none,
    /// with the stacks, compilation state and any half-made definition put back as they were. BYE still escapes.
    /// </summary>
    public int CatchEvaluate(long address, long length)
    {
        int depth = Stack.Depth;
        int returnDepth = ReturnStack.Depth;
        InnerInterpreter.SaveFrames(out int frame, out int nesting);
        bool compiling = Compiler.Compiling;
        int definition = Compiler.DefinitionWordId;
        long ip = InnerInterpreter.Ip;
        Evaluate(address, length);
        int code = ThrowCode;
        if (code == 0 || code == StarForth.ThrowCode.Bye)
        {
            return code;
        }
        ThrowCode = 0;
        Stack.Depth = depth;
        ReturnStack.Depth = returnDepth;
        InnerInterpreter.RestoreFrames(frame, nesting);
        if (definition < 0)
        {
            Compiler.AbandonDefinition();
        }
        Compiler.Compiling = compiling;
        InnerInterpreter.Ip = ip;
        return code;
    }

    private PostHarness? tests;

    /// <summary>The state of the test words (T{ -> }T), made on first use; the VM itself does not interpret it.</summary>
    public PostHarness Tests => tests ??= new PostHarness();

    /// <summary>Back to a clean interpreter after an uncaught THROW: what ABORT and QUIT leave behind.</summary>
    public void ResetAfterError()
    {
        Stack.Depth = 0;
        ReturnStack.Depth = 0;
        InnerInterpreter.Reset();
        ThrowCode = 0;
        Compiler.AbandonDefinition();
        Compiler.Compiling = false;
        ResetInput();
    }
}
