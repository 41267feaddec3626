namespace StarForth;

/// <summary>
/// Declares a static method as a Forth primitive. StarForth.Generators turns every declaration, together with
/// words.lock, into the bootstrap dictionary and the inner interpreter's dispatch.
/// </summary>
/// <remarks>
/// The method's signature says how the generated inner interpreter calls it:
/// <list type="bullet">
/// <item><description>Stack items: the input cells as <c>long</c> parameters (deepest first), the output cells as the
/// result (<c>void</c>, <c>long</c>, <c>bool</c> for a flag, or a tuple of <c>long</c>s), optionally after a leading
/// <see cref="Machine"/> used for memory and THROW only. Runs inline; the counts must match the stack effect.</description></item>
/// <item><description>Registers: <c>void M(ref Registers r)</c>, marked AggressiveInlining, for threading words that
/// move the instruction pointer or use the return stack. Runs inline.</description></item>
/// <item><description>Machine: <c>void M(Machine m)</c>, or <c>int M(Machine m)</c> returning the execution token to
/// run next (the way EXECUTE hands a word to the inner interpreter) or -1. When the stack effect names a fixed number
/// of inputs and outputs (no "..."), the dispatch checks the depth before the call, so a failing word changes
/// nothing.</description></item>
/// </list>
/// </remarks>
[System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ForthWordAttribute : System.Attribute
{
    public ForthWordAttribute(string name, string stackEffect)
    {
        Name = name;
        StackEffect = stackEffect;
    }

    public string Name { get; }

    public string StackEffect { get; }

    public WordFlags Flags { get; set; }

    /// <summary>What the word's cell is followed by in compiled code; words that compile operands set this.</summary>
    public WordOperand Operand { get; set; }

    /// <summary>The vocabulary the word lives in, as named in words.lock.</summary>
    public string Vocabulary { get; set; } = global::StarForth.Vocabulary.ForthName;

    /// <summary>
    /// The word_id, when it must be stated: a name the lock holds more than once in one vocabulary binds to its
    /// newest entry unless the attribute names an older id. The lock decides; this only has to agree with it.
    /// </summary>
    public int Id { get; set; } = -1;

    /// <summary>One sentence on what the word does, shown by the REPL's HELP beside the stack effect (optional).</summary>
    public string? Summary { get; set; }
}
