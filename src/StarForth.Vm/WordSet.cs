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

    /// <summary>Creates every bootstrap header, oldest first, through <see cref="Machine.DefineBootstrapWord"/>.</summary>
    public abstract void DefineBootstrapWords(Machine machine);

    /// <summary>What follows the word's cell in threaded code.</summary>
    public abstract WordOperand OperandOf(int wordId);

    /// <summary>
    /// The inner interpreter: executes <paramref name="wordId"/> and then the threaded code at the machine's
    /// instruction pointer, until it returns to address 0 or a THROW leaves this nesting level.
    /// </summary>
    public abstract void Run(Machine machine, int wordId);
}
