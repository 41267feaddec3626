namespace StarForth;

/// <summary>
/// The compiled-in dictionary: what StarForth.Generators emits from the [ForthWord] methods and words.lock.
/// The machine is handed one at boot; exactly one implementation exists (the generated one).
/// </summary>
public abstract class WordSet
{
    /// <summary>How many headers bootstrap creates.</summary>
    public abstract int BootstrapEntryCount { get; }

    public abstract int BootstrapLatestWordId { get; }

    /// <summary>The canonical header hash of the bootstrap dictionary, computed at compile time.</summary>
    public abstract ulong BootstrapHeaderHash { get; }

    /// <summary>Creates every bootstrap header, oldest first, through <see cref="Dictionary.DefineBootstrapWord"/>.</summary>
    public abstract void DefineBootstrapWords(Machine machine);

    /// <summary>What follows the word's cell in threaded code.</summary>
    public abstract WordOperand OperandOf(int wordId);

    /// <summary><see cref="CallMachineWord"/>'s answer for a word that is not a machine primitive.</summary>
    public const int NotAMachineWord = -2;

    /// <summary>True for the primitives that work on the machine (they run through <see cref="CallMachineWord"/>).</summary>
    public abstract bool IsMachineWord(int wordId);

    /// <summary>
    /// The dispatch loop of the <see cref="InnerInterpreter"/>: runs <paramref name="wordId"/> and the threaded code
    /// after it with the <see cref="Registers"/> in a local. Returns the first word it cannot run inline, or -1 when
    /// execution stops (address 0 or a THROW); the registers are written back either way.
    /// </summary>
    public abstract int RunInline(InnerInterpreter interpreter, int wordId);

    /// <summary>
    /// Runs a machine primitive: returns the word to run next (EXECUTE, CATCH), -1 for none, or
    /// <see cref="NotAMachineWord"/>.
    /// </summary>
    public abstract int CallMachineWord(Machine machine, int wordId);

    /// <summary>
    /// The native-code stencil (<see cref="Native.NativeStencils"/>) that runs primitive <paramref name="wordId"/>, or
    /// -1 when native code leaves the word to the interpreter. Threading words give their forward form; the compiler
    /// picks the backward one from the branch offset.
    /// </summary>
    public virtual int NativeStencilOf(int wordId) => -1;
}
