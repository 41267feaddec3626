namespace StarForth;

/// <summary>
/// A word pack: primitives declared with [ForthWord] in an assembly of their own, with their own words.lock, added to
/// a booted machine (<see cref="WordPacks.Register"/>). StarForth.Generators emits the one implementation of a pack
/// (GeneratedWordPack) when the lock names a pack in its header (docs/word-packs.md).
/// </summary>
/// <remarks>
/// A pack's lock ids are its contract (they feed <see cref="PackHash"/> and never change once shipped); the words get
/// their execution tokens when the pack is registered, like words defined in Forth, so two packs never collide in the
/// word table even if their lock ranges were to overlap.
/// </remarks>
public abstract class WordPack
{
    /// <summary>The name from the lock header (<c>#pack NAME ids=LO-HI</c>).</summary>
    public abstract System.ReadOnlySpan<byte> Name { get; }

    /// <summary>The lowest word_id the pack's lock may use.</summary>
    public abstract int FirstWordId { get; }

    /// <summary>The highest word_id the pack's lock may use.</summary>
    public abstract int LastWordId { get; }

    /// <summary>How many words the pack defines.</summary>
    public abstract int EntryCount { get; }

    /// <summary>The canonical hash of the pack's lock entries, as the generator computed it.</summary>
    public abstract ulong PackHash { get; }

    /// <summary>Creates one header per entry, oldest first, through <see cref="WordPacks.DefineWord"/>.</summary>
    public abstract void DefineWords(WordPacks packs);

    /// <summary>Runs the pack's word <paramref name="lockWordId"/>: returns the word to run next (EXECUTE-like), or -1.</summary>
    public abstract int Call(Machine machine, int lockWordId);

    /// <summary>The next pack registered on the same machine (a list: no arrays of references in the kernel).</summary>
    internal WordPack? NextRegistered;

    internal int Slot;
}
