namespace StarForth;

// Blocks: 1024-byte units handed out through eight buffers inside the arena (ArenaLayout.BlockBuffersAddress), so
// BLOCK returns an ordinary address that @, C! and TYPE work on. Behind the buffers is either the host's block device
// (HostServices.ReadBlock/WriteBlock, the hosted `--blocks FILE`), or, when the host has none, RAM blocks taken
// from the host on first use. Buffers are reused least recently used first; an UPDATEd buffer is written back
// before its reuse, by SAVE-BUFFERS or by FLUSH.
public sealed unsafe partial class Machine
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

    private BlockBuffer* blockBuffers;
    private byte* ramBlocks;
    private long blockUseClock;
    private int currentBuffer = -1;
    private bool continueWithNextBlock;

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
            Throw(StarForth.ThrowCode.InvalidBlockNumber);
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
        if (read && !ReadBlockInto(block, Arena.Start + address))
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

    private long BlockBufferAddress(int buffer) => ArenaLayout.BlockBuffersAddress(Arena.Size) + (long)buffer * ArenaLayout.BlockSize;

    /// <summary>The block the most recently used buffer holds, or 0.</summary>
    public long CurrentBlock => currentBuffer >= 0 ? blockBuffers[currentBuffer].Block : 0;

    /// <summary>UPDATE: marks the current buffer modified; -35 when no buffer is current.</summary>
    public void UpdateBlock()
    {
        if (currentBuffer < 0 || blockBuffers[currentBuffer].Block == 0)
        {
            Throw(StarForth.ThrowCode.InvalidBlockNumber);
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
        if (ThrowCode == 0)
        {
            EmptyBuffers();
        }
    }

    private bool WriteBuffer(int buffer)
    {
        long block = blockBuffers[buffer].Block;
        byte* data = Arena.Start + BlockBufferAddress(buffer);
        if (HasBlockDevice)
        {
            if (host.WriteBlock(host.Context, block, data) != 0)
            {
                Throw(StarForth.ThrowCode.BlockWrite);
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
                Throw(StarForth.ThrowCode.BlockRead);
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
            ramBlocks = (byte*)Allocate((nuint)(RamBlockCount * ArenaLayout.BlockSize));
            if (ramBlocks == null)
            {
                Throw(StarForth.ThrowCode.DictionaryOverflow);
                return null;
            }
        }
        return ramBlocks + (block - 1) * ArenaLayout.BlockSize;
    }

    /// <summary>
    /// LOAD: interprets the block with BLK set to it, then restores BLK and the input source. The text is copied
    /// below the input floor first, so BLOCK calls made while loading cannot change it. --> continues with the next block.
    /// </summary>
    public void LoadBlock(long block)
    {
        long savedBlk = Arena.FetchCellUnchecked(ArenaLayout.BlkAddress);
        while (ThrowCode == 0)
        {
            long buffer = AssignBlockBuffer(block, read: true);
            if (buffer == 0)
            {
                break;
            }
            long address = (inputFloor - ArenaLayout.BlockSize) & ~(long)(ArenaLayout.CellSize - 1);
            if (address < here)
            {
                Throw(StarForth.ThrowCode.DictionaryOverflow);
                break;
            }
            Arena.CopyBytes(buffer, address, ArenaLayout.BlockSize);
            long savedFloor = inputFloor;
            inputFloor = address;
            Arena.StoreCellUnchecked(ArenaLayout.BlkAddress, block);
            continueWithNextBlock = false;
            if (!PushSource(address, ArenaLayout.BlockSize, -1, savedFloor))
            {
                inputFloor = savedFloor;
                break;
            }
            Interpret();
            PopSource();
            if (!continueWithNextBlock)
            {
                break;
            }
            block++;
        }
        continueWithNextBlock = false;
        Arena.StoreCellUnchecked(ArenaLayout.BlkAddress, savedBlk);
    }

    /// <summary>--> : the rest of this block is skipped and LOAD goes on with the next one; -35 outside a block.</summary>
    public void ContinueWithNextBlock()
    {
        if (Arena.FetchCellUnchecked(ArenaLayout.BlkAddress) == 0)
        {
            Throw(StarForth.ThrowCode.InvalidBlockNumber);
            return;
        }
        continueWithNextBlock = true;
        SkipRestOfSource();
    }
}
