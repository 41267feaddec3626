using Microsoft.CodeAnalysis;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>Every SF diagnostic, in one place so analyzers, fixes, release tracking and docs line up by id.</summary>
public static class DiagnosticDescriptors
{
    public const string LockCategory = "StarForth.WordsLock";
    public const string PrimitiveCategory = "StarForth.Primitives";
    public const string KernelCategory = "StarForth.Kernel";

    public static readonly DiagnosticDescriptor MissingLockEntry = Create(
        "SF1001",
        "A [ForthWord] has no entry in words.lock",
        "Word '{0}' in vocabulary {1} has no entry in words.lock; its word_id would be {2}, the next free one",
        LockCategory,
        DiagnosticSeverity.Warning,
        "Every word needs a frozen word_id. Append a line to words.lock with the next free id (the code fix does this). A warning by rule, and an error wherever warnings are errors, as in this solution.");

    public static readonly DiagnosticDescriptor WordIdDrift = Create(
        "SF1002",
        "word_id differs from words.lock",
        "Word '{0}' declares Id = {1}, but words.lock gives it word_id {2}",
        LockCategory,
        DiagnosticSeverity.Error,
        "word_ids are frozen in words.lock; the attribute has to agree with the lock, never the other way round.");

    public static readonly DiagnosticDescriptor UnboundLockEntry = Create(
        "SF1003",
        "A words.lock entry has no [ForthWord] and is not retired",
        "words.lock entry {0} '{1}' ({2}) has no [ForthWord] and is not marked retired",
        LockCategory,
        DiagnosticSeverity.Warning,
        "Implement the word, or end its line with a tab and 'retired' (the code fix does this). Never delete the line: its id must not be reused.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DuplicateWordId = Create(
        "SF1004",
        "A word_id is already given out",
        "Word '{0}' cannot take word_id {1}: {2}",
        LockCategory,
        DiagnosticSeverity.Error,
        "A word_id names one word forever: one given to another entry, retired or shipped is never given again. A new word gets the next free id (the code fix moves its line to the end with that id).",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnmarkedShadowing = Create(
        "SF1005",
        "A name is registered twice in one vocabulary without a shadowing marker",
        "Word '{0}' is registered again in vocabulary {1} as word_id {2} while word_id {3} is live; mark the line 'shadows={3}'",
        LockCategory,
        DiagnosticSeverity.Warning,
        "A later entry of the same name hides the earlier one. Say so with 'shadows=ID' so the shadowing is deliberate and reviewed.");

    public static readonly DiagnosticDescriptor MalformedLock = Create(
        "SF1006",
        "words.lock is malformed",
        "{0} line {1} is malformed: {2}",
        LockCategory,
        DiagnosticSeverity.Error,
        "A line that does not parse, or a new entry out of order. The generator leaves such a line out (a shipped word on it keeps its shipped entry), and no [ForthWord] is checked against the lock until every lock error is fixed.");

    public static readonly DiagnosticDescriptor PrimitiveSignature = Create(
        "SF1007",
        "A primitive has a signature the generator cannot dispatch",
        "Primitive '{0}' ({1}) cannot be dispatched: {2}",
        PrimitiveCategory,
        DiagnosticSeverity.Error,
        "A primitive is a static, non-generic, public or internal method of a top-level public or internal type, in one of three forms: taking one Machine and returning void or int; taking ref Registers and returning void; or taking its input cells as long parameters (after an optional Machine) and returning its output cells as void, long, bool or a tuple of longs, as many as its stack effect names.");

    public static readonly DiagnosticDescriptor InvalidWordName = Create(
        "SF1008",
        "A word name is not a valid Forth name",
        "Word name '{0}' is invalid: {1}",
        PrimitiveCategory,
        DiagnosticSeverity.Error,
        "A Forth name is 1 to 31 bytes of printable ASCII with no whitespace; the header stores its length in 5 bits.");

    public static readonly DiagnosticDescriptor FlagsDiffer = Create(
        "SF1009",
        "Word flags differ from words.lock",
        "Word '{0}' (word_id {1}) declares flags {2}, but words.lock has {3}; the canonical hash would change",
        LockCategory,
        DiagnosticSeverity.Warning,
        "The low byte of the flags is part of the canonical header hash. Change the lock deliberately, or take its flags.");

    public static readonly DiagnosticDescriptor KernelUnsafe = Create(
        "SF1010",
        "Code the kernel image cannot compile",
        "The kernel image cannot compile this: {0}",
        KernelCategory,
        DiagnosticSeverity.Error,
        "StarKernel compiles this code with no BCL and no runtime services: no exceptions, delegates, boxing, string building, generic collections, host APIs, reflection or async.");

    public static readonly DiagnosticDescriptor StackItemsUsesMachineState = Create(
        "SF1011",
        "A stack-items primitive uses the machine's stacks or instruction pointer",
        "Primitive '{0}' gets its cells as parameters and runs inside the inline loop, where Machine.{1} is out of date: use the parameters and the result, or make it a machine primitive",
        PrimitiveCategory,
        DiagnosticSeverity.Error,
        "While the generated inner loop runs, the instruction pointer and the stack depths live in its registers; the InnerInterpreter and the stacks get them back only around machine primitives. A stack-items primitive may use its Machine for memory and THROW, not for the stacks (Stack, ReturnStack), the instruction pointer or running other words (InnerInterpreter, OuterInterpreter).");

    public static readonly DiagnosticDescriptor ShippedEntryChanged = Create(
        "SF1012",
        "A shipped words.lock entry changed",
        "Word '{0}' was shipped as word_id {1}, but {2}",
        LockCategory,
        DiagnosticSeverity.Error,
        "words.shipped.lock records every word_id ever given out. A shipped entry keeps its id, name, vocabulary, hashed flags and marker forever; words.lock may only retire it. The code fix restores the shipped line.");

    public static readonly DiagnosticDescriptor ShippedEntriesChanged = Create(
        "SF1013",
        "A block of shipped words.lock entries changed",
        "{0} more shipped words after '{1}' (shipped word_ids {2} to {3}) {4}",
        LockCategory,
        DiagnosticSeverity.Error,
        "A renumbering or a cut changes many shipped entries the same way; the first is reported by SF1012 and the rest by this one line. The code fix restores the whole block from words.shipped.lock.");

    public static readonly DiagnosticDescriptor OutsidePackRange = Create(
        "SF1020",
        "A word pack's word_id is outside its range",
        "{0} is outside the id range {1} of this lock: {2}",
        LockCategory,
        DiagnosticSeverity.Error,
        "A word pack's words.lock names its range in the '#pack NAME ids=FIRST-LAST' line after the header. Every entry's word_id lies in that range, and the range starts at 65536 or above, so no pack id can ever be one of the core's.");

    /// <summary>The diagnostic that reports a words.lock finding.</summary>
    public static DiagnosticDescriptor For(LockFindingKind kind) => kind switch
    {
        LockFindingKind.WordIdTaken => DuplicateWordId,
        LockFindingKind.ShippedEntryChanged => ShippedEntryChanged,
        LockFindingKind.ShippedEntriesChanged => ShippedEntriesChanged,
        LockFindingKind.OutsidePackRange => OutsidePackRange,
        _ => MalformedLock,
    };

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description,
            helpLinkUri: "docs/diagnostics/" + id + ".md", customTags);
}
