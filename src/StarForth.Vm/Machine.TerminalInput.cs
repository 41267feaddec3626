namespace StarForth;

// The terminal input buffer as a source of the outer interpreter: TIB, QUERY/REFILL, SAVE-INPUT and RESTORE-INPUT.
public sealed unsafe partial class Machine
{
    /// <summary>The longest line QUERY and REFILL read; the rest of a longer line is lost.</summary>
    public const int RefillCapacity = 4096;

    /// <summary>TIB: the text of the outermost input source, the line the host handed in (or the one QUERY read).</summary>
    public long TerminalInputAddress => inputDepth <= 1 ? sourceAddress : inputSources[1].Address;

    /// <summary>
    /// QUERY and REFILL: reads the next host line and makes it the current input source (>IN 0, SOURCE-ID 0), in
    /// place of the current one. False at end of input or when no source is active.
    /// </summary>
    public bool RefillFromHost()
    {
        if (inputDepth == 0)
        {
            return false;
        }
        // The current line's text is being replaced, so the new one may take its place below the floor it found.
        long top = inputSources[inputDepth - 1].SavedInputFloor;
        long room = top - DataSpace.Here - ArenaLayout.CellSize;
        long capacity = room < RefillCapacity ? room : RefillCapacity;
        if (capacity <= 0)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return false;
        }
        long address = (top - capacity) & ~(long)(ArenaLayout.CellSize - 1);
        long length = Terminal.ReadHostLine(address, capacity);
        if (length < 0)
        {
            return false;
        }
        DataSpace.MoveInputFloor(address);
        sourceAddress = address;
        sourceLength = length;
        sourceId = 0;
        ToIn = 0;
        return true;
    }

    /// <summary>SAVE-INPUT's four cells, bottom to top: source address, length, SOURCE-ID, >IN.</summary>
    public void SaveInput()
    {
        Stack.Push(sourceAddress);
        Stack.Push(sourceLength);
        Stack.Push(sourceId);
        Stack.Push(ToIn);
        Stack.Push(4);
    }

    /// <summary>RESTORE-INPUT: puts >IN back when the saved source is still the current one; true when it cannot.</summary>
    public bool RestoreInput(long address, long length, long id, long toIn)
    {
        if (address != sourceAddress || length != sourceLength || id != sourceId || toIn < 0 || toIn > length)
        {
            return true;
        }
        ToIn = toIn;
        return false;
    }
}
