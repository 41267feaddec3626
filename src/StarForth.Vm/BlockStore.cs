namespace StarForth;

/// <summary>
/// Blocks: 1024-byte units handed out through eight buffers inside the arena (ArenaLayout.BlockBuffersAddress), so
/// BLOCK returns an ordinary address that @, C! and TYPE work on. Behind the buffers is either the host's block device
/// (HostServices.ReadBlock/WriteBlock, the hosted `--blocks FILE`), or, when the host has none, RAM blocks taken from
/// the host on first use. Buffers are reused least recently used first; an UPDATEd buffer is written back before its
/// reuse, by SAVE-BUFFERS or by FLUSH.
/// </summary>
public sealed unsafe class BlockStore
{
    /// <summary>Blocks 1 .. this many exist without a block device.</summary>
    public const int RamBlockCount = 256;

    /// <summary>Blocks 1 .. this many exist on a block device (a 1 GiB file at most).</summary>
    public const long DeviceBlockCount = 1L << 20;

    private struct BlockBuffer
    {
        public long Block;
        public long LastUse;
        public bool Dirty;
    }

    private readonly HostServices host;
    private readonly Arena arena;
    private readonly ThrowState throws;

    private BlockBuffer* blockBuffers;
    private byte* ramBlocks;
    private long blockUseClock;
    private int currentBuffer = -1;

    internal BlockStore(HostServices host, Arena arena, ThrowState throws)
    {
        this.host = host;
        this.arena = arena;
        this.throws = throws;
    }

    internal bool Allocate()
    {
        blockBuffers = (BlockBuffer*)host.Allocate(host.Context, (nuint)(ArenaLayout.BlockBufferCount * sizeof(BlockBuffer)));
        return blockBuffers != null;
    }

    internal void Release()
    {
        host.FreeBlock(blockBuffers);
        host.FreeBlock(ramBlocks);
        blockBuffers = null;
        ramBlocks = null;
    }

    public bool HasBlockDevice => host.ReadBlock != null && host.WriteBlock != null;

    public long BlockCount => HasBlockDevice ? DeviceBlockCount : RamBlockCount;

    /// <summary>
    /// BLOCK (<paramref name="read"/>) and BUFFER: the arena address of a buffer assigned to the block, or 0 after
    /// -35 (no such block), -33/-34 (device failure) or -8 (no memory for the RAM blocks).
    /// </summary>
    public long AssignBlockBuffer(long block, bool read)
    {
        if (block < 1 || block > BlockCount)
        {
            throws.Raise(ThrowCode.InvalidBlockNumber);
            return 0;
        }
        int chosen = -1;
        for (int i = 0; i < ArenaLayout.BlockBufferCount; i++)
        {
            if (blockBuffers[i].Block == block)
            {
                chosen = i;
                read = false;
                break;
            }
        }
        if (chosen < 0)
        {
            chosen = LeastRecentlyUsedBuffer();
            if (blockBuffers[chosen].Block != 0 && blockBuffers[chosen].Dirty && !WriteBuffer(chosen))
            {
                return 0;
            }
            blockBuffers[chosen].Block = 0;
            blockBuffers[chosen].Dirty = false;
        }
        long address = BlockBufferAddress(chosen);
        if (read && !ReadBlockInto(block, arena.Start + address))
        {
            return 0;
        }
        blockBuffers[chosen].Block = block;
        blockBuffers[chosen].LastUse = ++blockUseClock;
        currentBuffer = chosen;
        return address;
    }

    private int LeastRecentlyUsedBuffer()
    {
        int chosen = 0;
        for (int i = 0; i < ArenaLayout.BlockBufferCount; i++)
        {
            if (blockBuffers[i].Block == 0)
            {
                return i;
            }
            if (blockBuffers[i].LastUse < blockBuffers[chosen].LastUse)
            {
                chosen = i;
            }
        }
        return chosen;
    }

    private long BlockBufferAddress(int buffer) => ArenaLayout.BlockBuffersAddress(arena.Size) + (long)buffer * ArenaLayout.BlockSize;

    /// <summary>The block the most recently used buffer holds, or 0.</summary>
    public long CurrentBlock => currentBuffer >= 0 ? blockBuffers[currentBuffer].Block : 0;

    /// <summary>UPDATE: marks the current buffer modified; -35 when no buffer is current.</summary>
    public void UpdateBlock()
    {
        if (currentBuffer < 0 || blockBuffers[currentBuffer].Block == 0)
        {
            throws.Raise(ThrowCode.InvalidBlockNumber);
            return;
        }
        blockBuffers[currentBuffer].Dirty = true;
    }

    /// <summary>True when the buffer holding <paramref name="block"/> is UPDATEd and not yet written.</summary>
    public bool IsBlockUpdated(long block)
    {
        for (int i = 0; i < ArenaLayout.BlockBufferCount; i++)
        {
            if (blockBuffers[i].Block == block && block != 0)
            {
                return blockBuffers[i].Dirty;
            }
        }
        return false;
    }

    /// <summary>SAVE-BUFFERS: writes every UPDATEd buffer; they stay assigned.</summary>
    public void SaveBuffers()
    {
        for (int i = 0; i < ArenaLayout.BlockBufferCount; i++)
        {
            if (blockBuffers[i].Block != 0 && blockBuffers[i].Dirty && !WriteBuffer(i))
            {
                return;
            }
        }
    }

    /// <summary>EMPTY-BUFFERS: unassigns every buffer without writing anything.</summary>
    public void EmptyBuffers()
    {
        for (int i = 0; i < ArenaLayout.BlockBufferCount; i++)
        {
            blockBuffers[i] = default;
        }
        currentBuffer = -1;
    }

    /// <summary>FLUSH: SAVE-BUFFERS, then EMPTY-BUFFERS (unless a write failed).</summary>
    public void FlushBuffers()
    {
        SaveBuffers();
        if (throws.Code == 0)
        {
            EmptyBuffers();
        }
    }

    private bool WriteBuffer(int buffer)
    {
        long block = blockBuffers[buffer].Block;
        byte* data = arena.Start + BlockBufferAddress(buffer);
        if (HasBlockDevice)
        {
            if (host.WriteBlock(host.Context, block, data) != 0)
            {
                throws.Raise(ThrowCode.BlockWrite);
                return false;
            }
        }
        else
        {
            byte* store = RamBlock(block);
            if (store == null)
            {
                return false;
            }
            for (int i = 0; i < ArenaLayout.BlockSize; i++)
            {
                store[i] = data[i];
            }
        }
        blockBuffers[buffer].Dirty = false;
        return true;
    }

    private bool ReadBlockInto(long block, byte* data)
    {
        if (HasBlockDevice)
        {
            if (host.ReadBlock(host.Context, block, data) != 0)
            {
                throws.Raise(ThrowCode.BlockRead);
                return false;
            }
            return true;
        }
        byte* store = RamBlock(block);
        if (store == null)
        {
            return false;
        }
        for (int i = 0; i < ArenaLayout.BlockSize; i++)
        {
            data[i] = store[i];
        }
        return true;
    }

    /// <summary>The RAM copy of a block, taking the RAM blocks from the host on first use (zeroed, as the C VM's are).</summary>
    private byte* RamBlock(long block)
    {
        if (ramBlocks == null)
        {
            ramBlocks = (byte*)host.Allocate(host.Context, (nuint)(RamBlockCount * ArenaLayout.BlockSize));
            if (ramBlocks == null)
            {
                throws.Raise(ThrowCode.DictionaryOverflow);
                return null;
            }
        }
        return ramBlocks + (block - 1) * ArenaLayout.BlockSize;
    }
}
