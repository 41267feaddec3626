namespace StarForth;

// The run-time state of the StarForth extensions, kept beside the dictionary in host allocations taken at boot:
// per-word entropy, freeze marks and ACL fields, the hashed lookup index and the hot-words cache, transition counts,
// vocabularies and block buffers. None of it enters the canonical hash (Machine.CanonicalHash.cs reads headers and
// bodies only), so heating, denying or pinning a word never changes the dictionary's identity.
public sealed unsafe partial class Machine
{
    /// <summary>
    /// Called before words <paramref name="firstWordId"/> up to <paramref name="endWordId"/> (exclusive) are removed:
    /// their run-time state goes with them, so a word that later reuses an id starts cold and unrestricted.
    /// </summary>
    private void ForgetRuntimeState(int firstWordId, int endWordId)
    {
        Profile.Forget(firstWordId, endWordId);
        Access.Forget(firstWordId, endWordId);
        Vocabularies.Forget(firstWordId);
        Lookup.Forget(firstWordId, endWordId);
        WordTable.Generation++;
    }
}
