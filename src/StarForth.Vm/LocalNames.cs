namespace StarForth;

/// <summary>
/// The compile-time half of locals: the names declared in the definition being compiled and the local each one names.
/// The compiler clears them when a definition starts or ends (and at DOES>), so a local is visible only in its own
/// definition; while compiling, the outer interpreter looks here before the dictionary, so a local shadows any word.
/// </summary>
public sealed unsafe class LocalNames
{
    /// <summary>The most locals one definition may declare (Forth-2012 asks for at least 16).</summary>
    public const int MaxPerDefinition = 32;

    private const int NameSize = Dictionary.MaxNameLength;

    private readonly ThrowState throws;

    private byte* names;
    private byte* lengths;
    private byte* slots;
    private int count;

    /// <summary>True once the definition's locals declaration is complete: one per definition.</summary>
    private bool declared;

    internal LocalNames(ThrowState throws)
    {
        this.throws = throws;
    }

    internal bool Allocate(HostServices host)
    {
        names = (byte*)host.Allocate(host.Context, (nuint)(MaxPerDefinition * NameSize));
        lengths = (byte*)host.Allocate(host.Context, MaxPerDefinition);
        slots = (byte*)host.Allocate(host.Context, MaxPerDefinition);
        return names != null && lengths != null && slots != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(names);
        host.FreeBlock(lengths);
        host.FreeBlock(slots);
        names = null;
        lengths = null;
        slots = null;
    }

    /// <summary>Locals declared so far in this definition.</summary>
    public int Count => count;

    /// <summary>Whether this definition's declaration is complete (a second one is -264).</summary>
    public bool Declared => declared;

    /// <summary>Forgets every name: a definition starts or ends, or DOES> starts code that runs in another frame.</summary>
    public void Clear()
    {
        count = 0;
        declared = false;
    }

    /// <summary>
    /// Adds a name for local number <paramref name="slot"/>: -264 past <see cref="MaxPerDefinition"/> or after the
    /// declaration ended, -19 for a name too long, -16 for an empty one. False when it failed.
    /// </summary>
    public bool Add(System.ReadOnlySpan<byte> name, int slot)
    {
        if (declared || count >= MaxPerDefinition)
        {
            throws.Raise(ThrowCode.InvalidLocals, name);
            return false;
        }
        if (name.Length == 0)
        {
            throws.Raise(ThrowCode.ZeroLengthName);
            return false;
        }
        if (name.Length > NameSize)
        {
            throws.Raise(ThrowCode.NameTooLong, name);
            return false;
        }
        byte* target = names + count * NameSize;
        for (int i = 0; i < name.Length; i++)
        {
            target[i] = name[i];
        }
        lengths[count] = (byte)name.Length;
        slots[count] = (byte)slot;
        count++;
        return true;
    }

    /// <summary>Gives name number <paramref name="index"/> (in declaration order) local number <paramref name="slot"/>.</summary>
    public void Renumber(int index, int slot) => slots[index] = (byte)slot;

    /// <summary>Ends the declaration: no more names this definition.</summary>
    public void EndDeclaration() => declared = true;

    /// <summary>The local a name refers to, or -1: the newest declaration of the name wins, ASCII case-insensitively.</summary>
    public int Find(System.ReadOnlySpan<byte> name)
    {
        for (int index = count - 1; index >= 0; index--)
        {
            if (lengths[index] == name.Length && SameName(names + index * NameSize, name))
            {
                return slots[index];
            }
        }
        return -1;
    }

    private static bool SameName(byte* stored, System.ReadOnlySpan<byte> name) =>
        WordLookup.NamesEqual(new System.ReadOnlySpan<byte>(stored, name.Length), name);
}
