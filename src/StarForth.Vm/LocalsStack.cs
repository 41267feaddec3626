namespace StarForth;

/// <summary>
/// The run-time half of locals: a stack of frames in host memory, apart from the return stack, so that I, J, >R and
/// R> inside a definition with locals see what they always see.
/// </summary>
/// <remarks>
/// A frame, bottom to top: the previous frame's base, the caller's return address, then one cell per local. Entering
/// a frame takes the caller's return address off the return stack and puts <see cref="ArenaLayout.LocalsReturnAddress"/>
/// there instead, whose cell holds (LOCALS-END): whatever leaves the definition (EXIT, ;, or DOES> returning from
/// the defining word) returns through it, and it drops the frame and returns to the caller. CATCH records
/// <see cref="Mark"/> and a THROW restores it; an uncaught THROW empties the stack.
/// </remarks>
public sealed unsafe class LocalsStack
{
    /// <summary>Cells for all live frames: 128 frames of 30 locals, or 1,000 recursive calls with two.</summary>
    public const int Capacity = 4096;

    private const int FrameOverhead = 2;

    private readonly ThrowState throws;

    private long* cells;
    private int depth;

    /// <summary>Index of the current frame's first local; 0 with no frame.</summary>
    private int frame;

    internal LocalsStack(ThrowState throws)
    {
        this.throws = throws;
    }

    internal bool Allocate(HostServices host)
    {
        cells = (long*)host.Allocate(host.Context, (nuint)(Capacity * sizeof(long)));
        return cells != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(cells);
        cells = null;
    }

    /// <summary>Cells in use, for tests and the CATCH frame.</summary>
    public int Depth => depth;

    /// <summary>
    /// Pushes a frame of <paramref name="count"/> locals (zero), saving the caller's return address; false after
    /// -263 when it does not fit, with nothing changed.
    /// </summary>
    public bool Enter(int count, long callerReturn)
    {
        if (count < 0 || depth + FrameOverhead + count > Capacity)
        {
            throws.Raise(ThrowCode.LocalsStackOverflow);
            return false;
        }
        cells[depth] = frame;
        cells[depth + 1] = callerReturn;
        frame = depth + FrameOverhead;
        depth = frame + count;
        for (int i = frame; i < depth; i++)
        {
            cells[i] = 0;
        }
        return true;
    }

    /// <summary>Drops the current frame and gives its caller's return address; -1 after -25 when there is no frame.</summary>
    public long Leave()
    {
        if (depth < FrameOverhead || frame < FrameOverhead)
        {
            throws.Raise(ThrowCode.ReturnStackImbalance);
            return -1;
        }
        long callerReturn = cells[frame - 1];
        depth = frame - FrameOverhead;
        frame = (int)cells[depth];
        return callerReturn;
    }

    /// <summary>The current frame's local number <paramref name="slot"/>; -9 when there is no such local.</summary>
    public long Fetch(long slot)
    {
        long index = frame + slot;
        if (frame < FrameOverhead || slot < 0 || index >= depth)
        {
            throws.Raise(ThrowCode.InvalidAddress);
            return 0;
        }
        return cells[index];
    }

    public void Store(long slot, long value)
    {
        long index = frame + slot;
        if (frame < FrameOverhead || slot < 0 || index >= depth)
        {
            throws.Raise(ThrowCode.InvalidAddress);
            return;
        }
        cells[index] = value;
    }

    /// <summary>The depth and frame in one cell, for CATCH to restore.</summary>
    internal long Mark => ((long)frame << 32) | (uint)depth;

    internal void Restore(long mark)
    {
        depth = (int)(uint)mark;
        frame = (int)(mark >> 32);
    }

    /// <summary>No frames: after an uncaught THROW.</summary>
    internal void Reset()
    {
        depth = 0;
        frame = 0;
    }
}
