namespace StarForth.Words;

/// <summary>
/// Word ACL fields (AccessControl). Mode 0 is TTL (the allow flag holds while the TTL counts down, then the entry is
/// rechecked and opens again), mode 1 is STRICT (the allow flag always decides). Writes to a pinned entry throw -256.
/// </summary>
public static class AclWords
{
    [ForthWord("ACL-MODE@", "( xt -- mode )")]
    public static void ModeFetch(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.Push(m.Access.ModeOf(wordId));
        }
    }

    [ForthWord("ACL-PINNED?", "( xt -- flag )")]
    public static void PinnedQuery(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.PushFlag(m.Access.IsPinned(wordId));
        }
    }

    [ForthWord("ACL-TTL@", "( xt -- n )")]
    public static void TtlFetch(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.Push(m.Access.TtlOf(wordId));
        }
    }

    [ForthWord("ACL-ALLOW@", "( xt -- flag )")]
    public static void AllowFetch(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.PushFlag(m.Access.Allows(wordId));
        }
    }

    /// <summary>ACL-HEAT@: the word's execution heat, decayed to now (what HEAT@ reports).</summary>
    [ForthWord("ACL-HEAT@", "( xt -- n )")]
    public static void HeatFetch(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Profile.ApplyHeatDecay();
            m.Stack.Push(m.Profile.HeatOf(wordId));
        }
    }

    /// <summary>ACL-WORD-ID: the stable word_id; here an xt already is one, so this validates and returns it.</summary>
    [ForthWord("ACL-WORD-ID", "( xt -- n )")]
    public static void WordId(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Stack.Push(wordId);
        }
    }

    [ForthWord("ACL-MODE!", "( mode xt -- )")]
    public static void ModeStore(Machine m)
    {
        int wordId = m.PopExecutionToken();
        long mode = m.Stack.Pop();
        if (wordId >= 0)
        {
            m.Access.SetMode(wordId, mode);
        }
    }

    [ForthWord("ACL-TTL!", "( n xt -- )")]
    public static void TtlStore(Machine m)
    {
        int wordId = m.PopExecutionToken();
        long ttl = m.Stack.Pop();
        if (wordId >= 0)
        {
            m.Access.SetTtl(wordId, ttl);
        }
    }

    [ForthWord("ACL-ALLOW!", "( flag xt -- )")]
    public static void AllowStore(Machine m)
    {
        int wordId = m.PopExecutionToken();
        long flag = m.Stack.Pop();
        if (wordId >= 0)
        {
            m.Access.SetAllow(wordId, flag != 0);
        }
    }

    /// <summary>ACL-PIN: one way. A pinned word cannot be redefined in its vocabulary or forgotten (-256).</summary>
    [ForthWord("ACL-PIN", "( xt -- )")]
    public static void Pin(Machine m)
    {
        int wordId = m.PopExecutionToken();
        if (wordId >= 0)
        {
            m.Access.Pin(wordId);
        }
    }

    /// <summary>ACL-INHERIT: dst takes src's mode and starts over allowed, TTL 0 and unpinned.</summary>
    [ForthWord("ACL-INHERIT", "( src dst -- )")]
    public static void Inherit(Machine m)
    {
        int destination = m.PopExecutionToken();
        int source = m.PopExecutionToken();
        if (source >= 0 && destination >= 0)
        {
            m.Access.Inherit(source, destination);
        }
    }

    /// <summary>ACL-INIT-PRIMITIVES: every unpinned entry back to allowed, TTL mode, TTL 0.</summary>
    [ForthWord("ACL-INIT-PRIMITIVES", "( -- )")]
    public static void InitPrimitives(Machine m) => m.Access.Reset();
}
