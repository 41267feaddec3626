namespace StarForth.Words;

/// <summary>
/// Blocks (BlockStore): BLOCK and BUFFER return arena addresses of 1024-byte buffers; behind them are RAM
/// blocks 1-256, or the host's block device (<c>starforth --blocks FILE</c>) with blocks 1 to 2^20.
/// </summary>
public static class BlockWords
{
    public const int LinesPerScreen = 16;
    public const int LineLength = 64;

    [ForthWord("BLOCK", "( u -- a-addr )")]
    public static void Block(Machine m)
    {
        long address = m.Blocks.AssignBlockBuffer(m.Stack.Peek(), read: true);
        if (m.ThrowCode == 0)
        {
            m.Stack.Poke(0, address);
        }
    }

    /// <summary>BUFFER: a buffer assigned to the block without reading it (its contents are whatever it held).</summary>
    [ForthWord("BUFFER", "( u -- a-addr )")]
    public static void Buffer(Machine m)
    {
        long address = m.Blocks.AssignBlockBuffer(m.Stack.Peek(), read: false);
        if (m.ThrowCode == 0)
        {
            m.Stack.Poke(0, address);
        }
    }

    [ForthWord("UPDATE", "( -- )")]
    public static void Update(Machine m) => m.Blocks.UpdateBlock();

    [ForthWord("SAVE-BUFFERS", "( -- )")]
    public static void SaveBuffers(Machine m) => m.Blocks.SaveBuffers();

    [ForthWord("EMPTY-BUFFERS", "( -- )")]
    public static void EmptyBuffers(Machine m) => m.Blocks.EmptyBuffers();

    [ForthWord("FLUSH", "( -- )")]
    public static void Flush(Machine m) => m.Blocks.FlushBuffers();

    [ForthWord("LOAD", "( i*x u -- j*x )")]
    public static void Load(Machine m)
    {
        long block = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.OuterInterpreter.LoadBlock(block);
        }
    }

    /// <summary>THRU: LOADs u1 to u2 in order; nothing when u2 &lt; u1.</summary>
    [ForthWord("THRU", "( i*x u1 u2 -- j*x )")]
    public static void Thru(Machine m)
    {
        long last = m.Stack.Pop();
        long first = m.Stack.Pop();
        for (long block = first; block <= last && m.ThrowCode == 0; block++)
        {
            m.OuterInterpreter.LoadBlock(block);
        }
    }

    [ForthWord("SCR", "( -- a-addr )")]
    public static void Scr(Machine m) => m.Stack.Push(ArenaLayout.ScrAddress);

    [ForthWord("-->", "( -- )")]
    public static void NextBlock(Machine m) => m.OuterInterpreter.ContinueWithNextBlock();

    /// <summary>LIST: stores u in SCR and shows it as 16 numbered lines of 64 characters.</summary>
    [ForthWord("LIST", "( u -- )")]
    public static void List(Machine m)
    {
        long block = m.Stack.Pop();
        if (m.Blocks.AssignBlockBuffer(block, read: true) != 0)
        {
            m.Arena.StoreCell(ArenaLayout.ScrAddress, block);
            TypeScreen(m, block);
        }
    }

    /// <summary>
    /// "Screen N:" and the 16 lines as "%2d: text": NUL shows as a blank, other control bytes as '.', and trailing
    /// blanks are left off so an empty screen prints 16 short lines.
    /// </summary>
    public static void TypeScreen(Machine m, long block)
    {
        long address = m.Blocks.AssignBlockBuffer(block, read: true);
        if (address == 0)
        {
            return;
        }
        m.Output.Type("Screen "u8);
        m.Output.TypeDecimal(block);
        m.Output.Type(":\n"u8);
        for (int line = 0; line < LinesPerScreen; line++)
        {
            TypeLine(m, address, line);
        }
    }

    public static void TypeLine(Machine m, long address, int line)
    {
        if (line < 10)
        {
            m.Output.Emit((byte)' ');
        }
        m.Output.TypeDecimal(line);
        m.Output.Type(": "u8);
        System.Span<byte> text = m.Arena.Bytes(address + (long)line * LineLength, LineLength);
        int end = text.Length;
        while (end > 0 && (text[end - 1] == (byte)' ' || text[end - 1] == 0))
        {
            end--;
        }
        for (int i = 0; i < end; i++)
        {
            byte c = text[i];
            m.Output.Emit(c == 0 ? (byte)' ' : c < 32 || c > 126 ? (byte)'.' : c);
        }
        m.Output.Emit((byte)'\n');
    }
}
