namespace StarForth.Native;

/// <summary>
/// What the native compiler writes into a hole of a stencil. <see cref="Cold"/> to <see cref="ExitReturned"/> and
/// <see cref="Callee"/> are 32-bit displacements of a jump or call (relative to the end of the instruction);
/// <see cref="Operand"/> to <see cref="TransitionCacheCell"/> are 64-bit immediates, the others 32-bit immediates.
/// </summary>
public enum NativeHoleKind : byte
{
    /// <summary>Jump to this cell's exit to the interpreter (a check failed: the interpreter runs the word itself).</summary>
    Cold = 0,

    /// <summary>Jump to the native code of the branch target.</summary>
    Target = 1,

    /// <summary>Jump to this branch's poll exit (step countdown spent).</summary>
    Poll = 2,

    /// <summary>Jump to the trampoline's common exit (rdx = instruction pointer, ecx = <see cref="NativeExit"/>).</summary>
    ExitCommon = 3,

    /// <summary>Jump to the trampoline's exit for a return that did not come back to where the call was (rdx = instruction pointer).</summary>
    ExitReturned = 4,

    /// <summary>The cell after the word: a literal, a loop's exit address, a body address.</summary>
    Operand = 5,

    /// <summary>The arena address of the word's own cell.</summary>
    CellIp = 6,

    /// <summary>The arena address a branch goes to.</summary>
    TargetIp = 7,

    /// <summary>The host address of the called word's heat cell; its entropy cell is <see cref="ExecutionProfile.EntropyAfterHeat"/> bytes on.</summary>
    HeatCell = 8,

    /// <summary>The host address of the called word's ACL entry.</summary>
    AclCell = 9,

    /// <summary>The host address of the called word's cell in the table of native entries.</summary>
    EntryCell = 10,

    /// <summary>The host address of the called word's entry in the transition cache (the last word before it, and that transition's slot).</summary>
    TransitionCacheCell = 11,

    /// <summary>The arena address after a call: what the call pushes on the return stack (arena addresses are below 2 GiB).</summary>
    ReturnIp = 12,

    /// <summary>The called word's id.</summary>
    WordId = 13,

    /// <summary>The called word's half of the transition hash as a byte offset in the table: (uint)id * 40503 * 16.</summary>
    TransitionKey = 14,

    /// <summary>A literal folded into the operation after it: the literal's value, which fits 32 bits (sign-extended).</summary>
    Literal32 = 15,

    /// <summary>A direct call's 32-bit displacement to the called word's native code.</summary>
    Callee = 16,
}
