using StarForth;

namespace StarKernel.Test;

/// <summary>
/// The generated word set with one primitive made a no-op when the host executes it (the outer interpreter,
/// <c>EXECUTE</c> from the host): <c>-5 ABS</c> leaves -5. Inside colon bodies the generated inner interpreter
/// dispatches on its own, so only top-level uses misbehave, which is what the POST's <c>T{ ... }T</c> lines are.
/// The headers, ids and hashes are the inner set's, so the dictionary (and M7.1a) stays the same.
/// </summary>
internal sealed class BrokenPrimitiveWordSet : WordSet
{
    private readonly WordSet inner;

    public BrokenPrimitiveWordSet(WordSet inner)
    {
        this.inner = inner;
    }

    /// <summary>The primitive to skip; -1 until <see cref="ParityBreak.Arm"/> sets it after the M7.1a line.</summary>
    public int BrokenWordId = -1;

    public override int BootstrapEntryCount => inner.BootstrapEntryCount;

    public override int BootstrapLatestWordId => inner.BootstrapLatestWordId;

    public override ulong BootstrapHeaderHash => inner.BootstrapHeaderHash;

    public override void DefineBootstrapWords(Machine machine) => inner.DefineBootstrapWords(machine);

    public override WordOperand OperandOf(int wordId) => inner.OperandOf(wordId);

    public override void Run(Machine machine, int wordId)
    {
        if (wordId == BrokenWordId)
        {
            return;
        }
        inner.Run(machine, wordId);
    }
}
