namespace StarForth;

// The run-time state of the StarForth extensions, kept beside the dictionary in host allocations taken at boot:
// per-word entropy, freeze marks and ACL fields, the hashed lookup index and the hot-words cache, transition counts,
// vocabularies and block buffers. None of it enters the canonical hash (Machine.CanonicalHash.cs reads headers and
// bodies only), so heating, denying or pinning a word never changes the dictionary's identity.
public sealed unsafe partial class Machine
{
    private bool AllocateRuntimeState()
    {
        entropy = (long*)Allocate((nuint)(MaxWords * sizeof(long)));
        frozen = (byte*)Allocate(MaxWords);
        acl = (AclEntry*)Allocate((nuint)(MaxWords * sizeof(AclEntry)));
        nextInBucket = (int*)Allocate((nuint)(MaxWords * sizeof(int)));
        bucketHead = (int*)Allocate((nuint)(MaxBuckets * sizeof(int)));
        lookupCache = (CacheEntry*)Allocate((nuint)(CacheSize * sizeof(CacheEntry)));
        transitions = (Transition*)Allocate((nuint)(TransitionCapacity * sizeof(Transition)));
        vocabularyParent = (int*)Allocate((nuint)(MaxVocabularies * sizeof(int)));
        vocabularyWord = (int*)Allocate((nuint)(MaxVocabularies * sizeof(int)));
        blockBuffers = (BlockBuffer*)Allocate((nuint)(ArenaLayout.BlockBufferCount * sizeof(BlockBuffer)));
        reportScratch = (long*)Allocate((nuint)(MaxWords * sizeof(long)));
        if (entropy == null || frozen == null || acl == null || nextInBucket == null || bucketHead == null || lookupCache == null
            || transitions == null || vocabularyParent == null || vocabularyWord == null || blockBuffers == null || reportScratch == null)
        {
            return false;
        }
        InitializeVocabularies();
        bucketCount = DefaultBuckets;
        return true;
    }

    private void ReleaseRuntimeState()
    {
        FreeBlock(entropy);
        FreeBlock(frozen);
        FreeBlock(acl);
        FreeBlock(nextInBucket);
        FreeBlock(bucketHead);
        FreeBlock(lookupCache);
        FreeBlock(transitions);
        FreeBlock(vocabularyParent);
        FreeBlock(vocabularyWord);
        FreeBlock(blockBuffers);
        FreeBlock(reportScratch);
        FreeBlock(ramBlocks);
        entropy = null;
        frozen = null;
        acl = null;
        nextInBucket = null;
        bucketHead = null;
        lookupCache = null;
        transitions = null;
        vocabularyParent = null;
        vocabularyWord = null;
        blockBuffers = null;
        reportScratch = null;
        ramBlocks = null;
    }

    /// <summary>
    /// Called before words <paramref name="firstWordId"/> up to <paramref name="endWordId"/> (exclusive) are removed:
    /// their run-time state goes with them, so a word that later reuses an id starts cold and unrestricted.
    /// </summary>
    private void ForgetRuntimeState(int firstWordId, int endWordId)
    {
        for (int wordId = firstWordId; wordId < endWordId; wordId++)
        {
            entropy[wordId] = 0;
            frozen[wordId] = 0;
            acl[wordId] = default;
            nextInBucket[wordId] = 0;
        }
        if (lastRecordedWord >= firstWordId)
        {
            lastRecordedWord = -1;
        }
        ForgetTransitions(firstWordId);
        ForgetVocabularies(firstWordId);
        InvalidateLookupIndex();
        WordTable.Generation++;
    }
}
