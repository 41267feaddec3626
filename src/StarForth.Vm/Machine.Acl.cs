namespace StarForth;

// Word ACLs: per word an allow flag, a mode, a TTL and a pin. They are checked where a word is entered from the host
// and where a colon or DOES> word is entered (the same places execution is recorded), never per primitive in a body.
// TTL mode (0): while the TTL counts down, the cached allow flag decides; at zero the entry is rechecked, which with no
// policy loaded opens it again for 2^32-1 executions. STRICT mode (1): the allow flag decides every time.
// A pinned entry's fields cannot be changed from Forth (ACL-INHERIT aside), and a pinned word cannot be shadowed in its
// vocabulary or forgotten.
public sealed unsafe partial class Machine
{
    public const int AclModeTtl = 0;
    public const int AclModeStrict = 1;

    /// <summary>Zero-filled means the default: allowed, TTL mode, TTL 0 (recheck on first use), not pinned.</summary>
    private struct AclEntry
    {
        public uint Ttl;
        public byte Denied;
        public byte Mode;
        public byte Pinned;
    }

    private AclEntry* acl;

    /// <summary>While set (ZUSE-AUTHENTICATE), ACLs are not enforced.</summary>
    public bool AclBypass;

    /// <summary>
    /// Called where a word is entered: enforces its ACL (-256 naming the word) and records the execution.
    /// False when the word may not run.
    /// </summary>
    public bool AdmitExecution(int wordId)
    {
        if (!AclBypass && !AclPermits(acl + wordId))
        {
            Throw(StarForth.ThrowCode.AccessDenied, WordTable.NameOf(wordId));
            return false;
        }
        RecordExecution(wordId);
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool AclPermits(AclEntry* entry)
    {
        if (entry->Mode == AclModeTtl)
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

    public int AclModeOf(int wordId) => acl[wordId].Mode;

    public long AclTtlOf(int wordId) => acl[wordId].Ttl;

    public bool AclAllows(int wordId) => acl[wordId].Denied == 0;

    public bool IsPinned(int wordId) => acl[wordId].Pinned != 0;

    /// <summary>False after -256 when the entry is pinned.</summary>
    private bool CheckUnpinned(int wordId)
    {
        if (acl[wordId].Pinned != 0)
        {
            Throw(StarForth.ThrowCode.AccessDenied, WordTable.NameOf(wordId));
            return false;
        }
        return true;
    }

    public void SetAclMode(int wordId, long mode)
    {
        if (mode != AclModeTtl && mode != AclModeStrict)
        {
            Throw(StarForth.ThrowCode.InvalidNumericArgument);
            return;
        }
        if (CheckUnpinned(wordId))
        {
            acl[wordId].Mode = (byte)mode;
        }
    }

    /// <summary>Sets the TTL, clamped to 0 .. 2^32-1 as the C field is.</summary>
    public void SetAclTtl(int wordId, long ttl)
    {
        if (CheckUnpinned(wordId))
        {
            acl[wordId].Ttl = ttl < 0 ? 0 : ttl > uint.MaxValue ? uint.MaxValue : (uint)ttl;
        }
    }

    public void SetAclAllow(int wordId, bool allow)
    {
        if (CheckUnpinned(wordId))
        {
            acl[wordId].Denied = allow ? (byte)0 : (byte)1;
        }
    }

    /// <summary>ACL-PIN: one way; only ACL-INHERIT clears a pin.</summary>
    public void PinAcl(int wordId) => acl[wordId].Pinned = 1;

    /// <summary>ACL-INHERIT: the destination takes the source's mode and starts over unpinned, allowed, TTL 0.</summary>
    public void InheritAcl(int source, int destination)
    {
        acl[destination].Mode = acl[source].Mode;
        acl[destination].Pinned = 0;
        acl[destination].Ttl = 0;
        acl[destination].Denied = 0;
    }

    /// <summary>ACL-INIT-PRIMITIVES: every unpinned entry back to the default.</summary>
    public void ResetAcls()
    {
        for (int wordId = 0; wordId < WordTable.NextWordId; wordId++)
        {
            if (acl[wordId].Pinned == 0)
            {
                acl[wordId] = default;
            }
        }
    }

    /// <summary>True (after -256 naming it) when a new definition of this name would shadow a pinned word.</summary>
    private bool ShadowsPinnedWord(System.ReadOnlySpan<byte> name)
    {
        long compared = headersCompared;
        int existing = FindInCompilationVocabulary(name);
        headersCompared = compared;
        if (existing >= 0 && acl[existing].Pinned != 0)
        {
            Throw(StarForth.ThrowCode.AccessDenied, name);
            return true;
        }
        return false;
    }

    /// <summary>True (after -256 naming it) when a word from <paramref name="firstWordId"/> up is pinned.</summary>
    private bool ForgetsPinnedWord(int firstWordId)
    {
        for (int wordId = firstWordId; wordId < WordTable.NextWordId; wordId++)
        {
            if (WordTable.Kinds[wordId] != WordKind.None && acl[wordId].Pinned != 0)
            {
                Throw(StarForth.ThrowCode.AccessDenied, WordTable.NameOf(wordId));
                return true;
            }
        }
        return false;
    }
}
