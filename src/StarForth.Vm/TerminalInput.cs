namespace StarForth;

/// <summary>
/// Input read by words rather than by the host's line loop: ACCEPT/EXPECT into Forth memory, KEY one character at a
/// time, and the lines QUERY/REFILL read. All of it comes from HostServices.ReadLine, so it behaves the same hosted
/// (standard input) and in StarKernel (the serial console), unless the POST has set lines of its own.
/// </summary>
public sealed unsafe class TerminalInput
{
    private const int KeyBufferSize = 1024;

    private readonly HostServices host;
    private readonly Arena arena;
    private readonly Output output;

    private byte* keyBuffer;
    private int keyLength;
    private int keyPosition;

    internal TerminalInput(HostServices host, Arena arena, Output output)
    {
        this.host = host;
        this.arena = arena;
        this.output = output;
    }

    internal void Release()
    {
        host.FreeBlock(keyBuffer);
        host.FreeBlock(pendingInput);
        keyBuffer = null;
        pendingInput = null;
    }

    /// <summary>Reads one host line into the arena; returns its length (at most <paramref name="capacity"/>) or -1 at end of input.</summary>
    public long ReadHostLine(long address, long capacity)
    {
        if (capacity <= 0)
        {
            return 0;
        }
        if (!arena.CheckStorableRange(address, capacity))
        {
            return -1;
        }
        int limit = capacity > int.MaxValue ? int.MaxValue : (int)capacity;
        return ReadHostLine(arena.Start + address, limit);
    }

    /// <summary>
    /// REFILL and QUERY: the next line of the program the host is interpreting, when it gives one
    /// (<see cref="HostServices.ReadSourceLine"/>), else the next line of host input as <see cref="ReadHostLine(long, long)"/> reads.
    /// </summary>
    public long ReadSourceLine(long address, long capacity)
    {
        if (host.ReadSourceLine == null || pendingPosition < pendingLength)
        {
            return ReadHostLine(address, capacity);
        }
        if (capacity <= 0)
        {
            return 0;
        }
        if (!arena.CheckStorableRange(address, capacity))
        {
            return -1;
        }
        int limit = capacity > int.MaxValue ? int.MaxValue : (int)capacity;
        output.Flush();
        int length = host.ReadSourceLine(host.Context, arena.Start + address, limit);
        if (length < 0)
        {
            return -1;
        }
        return length < limit ? length : limit;
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
            pendingInput = (byte*)host.Allocate(host.Context, PendingInputSize);
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

    /// <summary>Forgets the lines <see cref="SetPendingInput"/> left unread: the host's input is read again.</summary>
    internal void DropPendingInput() => pendingLength = 0;

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
        output.Flush();
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
                keyBuffer = (byte*)host.Allocate(host.Context, KeyBufferSize);
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
}
