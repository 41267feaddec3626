using StarForth;

namespace StarKernel.Test;

/// <summary>
/// The generated word set with one primitive made a no-op when the host executes it (the outer interpreter,
/// <c>EXECUTE</c> at top level): <c>-5 ABS</c> leaves -5. That is the word the inner interpreter starts with while
/// the instruction pointer is still 0; inside colon bodies the generated dispatch runs it on its own, so only
/// top-level uses misbehave, which is what the POST's <c>T{ ... }T</c> lines are.
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

    public override bool IsMachineWord(int wordId) => inner.IsMachineWord(wordId);

    public override int RunInline(InnerInterpreter interpreter, int wordId) =>
        wordId == BrokenWordId && interpreter.Ip == 0 ? -1 : inner.RunInline(interpreter, wordId);

    public override int CallMachineWord(Machine machine, int wordId) =>
        wordId == BrokenWordId && machine.InnerInterpreter.Ip == 0 ? -1 : inner.CallMachineWord(machine, wordId);
}
