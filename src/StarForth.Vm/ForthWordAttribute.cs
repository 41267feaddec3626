namespace StarForth;

/// <summary>
/// Declares a static method as a Forth primitive. StarForth.Generators turns every declaration, together with
/// words.lock, into the bootstrap dictionary and the inner interpreter's dispatch.
/// </summary>
/// <remarks>
/// The method takes the <see cref="Machine"/> and returns void, or returns int: the execution token to run next
/// (the way EXECUTE hands a word to the inner interpreter), or -1 for none.
/// The stack effect documents the word; when it names a fixed number of inputs and outputs (no "..."),
/// the generated dispatch checks the depth before calling the method, so a failing word changes nothing.
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
    public string Vocabulary { get; set; } = "FORTH";

    /// <summary>
    /// The word_id, when it must be stated: a name the lock holds more than once in one vocabulary binds to its
    /// newest entry unless the attribute names an older id. The lock decides; this only has to agree with it.
    /// </summary>
    public int Id { get; set; } = -1;
}
