namespace StarForth;

// LOAD and -->: interpreting blocks as source text (BlockStore holds the blocks).
public sealed unsafe partial class Machine
{
    private bool continueWithNextBlock;

    /// <summary>
    /// LOAD: interprets the block with BLK set to it, then restores BLK and the input source. The text is copied
    /// below the input floor first, so BLOCK calls made while loading cannot change it. --> continues with the next block.
    /// </summary>
    public void LoadBlock(long block)
    {
        long savedBlk = Arena.FetchCellUnchecked(ArenaLayout.BlkAddress);
        while (ThrowCode == 0)
        {
            long buffer = Blocks.AssignBlockBuffer(block, read: true);
            if (buffer == 0)
            {
                break;
            }
            long savedFloor = DataSpace.InputFloor;
            long address = DataSpace.ReserveInput(ArenaLayout.BlockSize);
            if (address < 0)
            {
                break;
            }
            Arena.CopyBytes(buffer, address, ArenaLayout.BlockSize);
            Arena.StoreCellUnchecked(ArenaLayout.BlkAddress, block);
            continueWithNextBlock = false;
            if (!PushSource(address, ArenaLayout.BlockSize, -1, savedFloor))
            {
                DataSpace.MoveInputFloor(savedFloor);
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
