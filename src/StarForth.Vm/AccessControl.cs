namespace StarForth;

/// <summary>
/// Word ACLs: per word an allow flag, a mode, a TTL and a pin. They are checked where a word is entered from the host
/// and where a colon or DOES> word is entered (the same places execution is recorded), never per primitive in a body.
/// TTL mode (0): while the TTL counts down, the cached allow flag decides; at zero the entry is rechecked, which with no
/// policy loaded opens it again for 2^32-1 executions. STRICT mode (1): the allow flag decides every time.
/// A pinned entry's fields cannot be changed from Forth (ACL-INHERIT aside), and a pinned word cannot be shadowed in its
/// vocabulary or forgotten.
/// </summary>
public sealed unsafe class AccessControl
{
    public const int ModeTtl = 0;
    public const int ModeStrict = 1;

    /// <summary>Zero-filled means the default: allowed, TTL mode, TTL 0 (recheck on first use), not pinned.</summary>
    private struct AclEntry
    {
        public uint Ttl;
        public byte Denied;
        public byte Mode;
        public byte Pinned;
    }

    private readonly WordTable wordTable;
    private readonly ThrowState throws;

    private AclEntry* acl;

    /// <summary>While set (ZUSE-AUTHENTICATE), ACLs are not enforced.</summary>
    public bool Bypass;

    internal AccessControl(WordTable wordTable, ThrowState throws)
    {
        this.wordTable = wordTable;
        this.throws = throws;
    }

    internal bool Allocate(HostServices host)
    {
        acl = (AclEntry*)host.Allocate(host.Context, (nuint)(WordTable.Capacity * sizeof(AclEntry)));
        return acl != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(acl);
        acl = null;
    }

    /// <summary>Where a word is entered: true when its ACL lets it run (counting the TTL down); false after -256 naming it.</summary>
    public bool Admit(int wordId)
    {
        if (!Bypass && !AclPermits(acl + wordId))
        {
            throws.Raise(ThrowCode.AccessDenied, wordTable.NameOf(wordId));
            return false;
        }
        return true;
    }

    /// <summary>
    /// <see cref="Admit"/> on the inner interpreter's fast path, inlined into colon entry: false, with nothing changed,
    /// when the word is denied (the slow path then raises -256).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryEnterInline(int wordId)
    {
        if (Bypass)
        {
            return true;
        }
        AclEntry* entry = acl + wordId;
        if (entry->Denied != 0)
        {
            return false;
        }
        AclPermits(entry); // allowed either way now; this keeps the TTL count
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool AclPermits(AclEntry* entry)
    {
        if (entry->Mode == ModeTtl)
        {
            if (entry->Ttl == 0)
            {
                // Recheck without a policy: fail open, as the C VM does when no ACL-RECHECK is loaded.
                entry->Denied = 0;
                entry->Ttl = uint.MaxValue;
            }
            else
            {
                entry->Ttl--;
            }
        }
        return entry->Denied == 0;
    }

    /// <summary>Hands native code the bypass flag (see <see cref="Native.NativeFrame"/>).</summary>
    internal void SaveTo(Native.NativeFrame* frame) => frame->AclBypass = Bypass ? 1 : 0;

    /// <summary>Where native code checks and counts down <paramref name="wordId"/>'s ACL: 8 bytes, TTL, denied, mode.</summary>
    internal void* EntryOf(int wordId) => acl + wordId;

    public int ModeOf(int wordId) => acl[wordId].Mode;

    public long TtlOf(int wordId) => acl[wordId].Ttl;

    public bool Allows(int wordId) => acl[wordId].Denied == 0;

    public bool IsPinned(int wordId) => acl[wordId].Pinned != 0;

    /// <summary>False after -256 when the entry is pinned.</summary>
    private bool CheckUnpinned(int wordId)
    {
        if (acl[wordId].Pinned != 0)
        {
            throws.Raise(ThrowCode.AccessDenied, wordTable.NameOf(wordId));
            return false;
        }
        return true;
    }

    public void SetMode(int wordId, long mode)
    {
        if (mode != ModeTtl && mode != ModeStrict)
        {
            throws.Raise(ThrowCode.InvalidNumericArgument);
            return;
        }
        if (CheckUnpinned(wordId))
        {
            acl[wordId].Mode = (byte)mode;
        }
    }

    /// <summary>Sets the TTL, clamped to 0 .. 2^32-1 as the C field is.</summary>
    public void SetTtl(int wordId, long ttl)
    {
        if (CheckUnpinned(wordId))
        {
            acl[wordId].Ttl = ttl < 0 ? 0 : ttl > uint.MaxValue ? uint.MaxValue : (uint)ttl;
        }
    }

    public void SetAllow(int wordId, bool allow)
    {
        if (CheckUnpinned(wordId))
        {
            acl[wordId].Denied = allow ? (byte)0 : (byte)1;
        }
    }

    /// <summary>ACL-PIN: one way; only ACL-INHERIT clears a pin.</summary>
    public void Pin(int wordId) => acl[wordId].Pinned = 1;

    /// <summary>ACL-INHERIT: the destination takes the source's mode and starts over unpinned, allowed, TTL 0.</summary>
    public void Inherit(int source, int destination)
    {
        acl[destination].Mode = acl[source].Mode;
        acl[destination].Pinned = 0;
        acl[destination].Ttl = 0;
        acl[destination].Denied = 0;
    }

    /// <summary>ACL-INIT-PRIMITIVES: every unpinned entry back to the default.</summary>
    public void Reset()
    {
        for (int wordId = 0; wordId < wordTable.NextWordId; wordId++)
        {
            if (acl[wordId].Pinned == 0)
            {
                acl[wordId] = default;
            }
        }
    }

    /// <summary>Removed words' entries go back to the default, so a word that later reuses an id starts unrestricted.</summary>
    internal void Forget(int firstWordId, int endWordId)
    {
        for (int wordId = firstWordId; wordId < endWordId; wordId++)
        {
            acl[wordId] = default;
        }
    }
}
