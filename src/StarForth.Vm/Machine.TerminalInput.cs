namespace StarForth;

// Input read by words rather than by the host's line loop: ACCEPT/EXPECT into Forth memory, KEY one character at
// a time, and QUERY/REFILL replacing the current source with a fresh line. All of it comes from
// HostServices.ReadLine, so it behaves the same hosted (standard input) and in StarKernel (the serial console).
public sealed unsafe partial class Machine
{
    /// <summary>The longest line QUERY and REFILL read; the rest of a longer line is lost.</summary>
    public const int RefillCapacity = 4096;

    private const int KeyBufferSize = 1024;

    private byte* keyBuffer;
    private int keyLength;
    private int keyPosition;

    /// <summary>Reads one host line into the arena; returns its length (at most <paramref name="capacity"/>) or -1 at end of input.</summary>
    public long ReadHostLine(long address, long capacity)
    {
        if (capacity <= 0)
        {
            return 0;
        }
        if (!Arena.CheckRange(address, capacity))
        {
            return -1;
        }
        int limit = capacity > int.MaxValue ? int.MaxValue : (int)capacity;
        return ReadHostLine(Arena.Start + address, limit);
    }

    private const int PendingInputSize = 1024;

    private byte* pendingInput;
    private int pendingLength;
    private int pendingPosition;

    /// <summary>
    /// Replaces the host's input with these lines ('\n' separated) until they are used up: the POST's input tests,
    /// which must never wait for a console (StarKernel's would block).
    /// </summary>
    public void SetPendingInput(System.ReadOnlySpan<byte> text)
    {
        if (pendingInput == null)
        {
            pendingInput = (byte*)Allocate(PendingInputSize);
            if (pendingInput == null)
            {
                return;
            }
        }
        int length = text.Length < PendingInputSize ? text.Length : PendingInputSize;
        for (int i = 0; i < length; i++)
        {
            pendingInput[i] = text[i];
        }
        pendingLength = length;
        pendingPosition = 0;
        keyLength = 0;
        keyPosition = 0;
    }

    private int ReadHostLine(byte* buffer, int capacity)
    {
        if (pendingPosition < pendingLength)
        {
            int taken = 0;
            while (pendingPosition < pendingLength && pendingInput[pendingPosition] != (byte)'\n')
            {
                if (taken < capacity)
                {
                    buffer[taken] = pendingInput[pendingPosition];
                    taken++;
                }
                pendingPosition++;
            }
            pendingPosition++;
            return taken;
        }
        if (host.ReadLine == null)
        {
            return -1;
        }
        Output.Flush();
        int length = host.ReadLine(host.Context, buffer, capacity);
        if (length < 0)
        {
            return -1;
        }
        return length < capacity ? length : capacity;
    }

    /// <summary>KEY: the next character of host input, a line at a time with a line feed after each line; -1 at end of input.</summary>
    public int ReadKey()
    {
        if (keyPosition >= keyLength)
        {
            if (keyBuffer == null)
            {
                keyBuffer = (byte*)Allocate(KeyBufferSize);
                if (keyBuffer == null)
                {
                    return -1;
                }
            }
            int length = ReadHostLine(keyBuffer, KeyBufferSize - 1);
            if (length < 0)
            {
                return -1;
            }
            keyBuffer[length] = (byte)'\n';
            keyLength = length + 1;
            keyPosition = 0;
        }
        return keyBuffer[keyPosition++];
    }

    /// <summary>?TERMINAL: true when KEY has characters waiting (host input has no way to ask without blocking).</summary>
    public bool KeyAvailable => keyPosition < keyLength;

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
        long room = top - here - ArenaLayout.CellSize;
        long capacity = room < RefillCapacity ? room : RefillCapacity;
        if (capacity <= 0)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return false;
        }
        long address = (top - capacity) & ~(long)(ArenaLayout.CellSize - 1);
        long length = ReadHostLine(address, capacity);
        if (length < 0)
        {
            return false;
        }
        inputFloor = address;
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
