namespace StarForth.Words;

/// <summary>
/// The line editor on blocks: a screen is 16 lines of 64 characters of the block in SCR. L shows a line, S replaces
/// one (and UPDATEs the block), SHOW shows the screen, EDIT runs a small command loop on the host's input.
/// </summary>
public static class EditorWords
{
    /// <summary>L: shows line u (0-15) of the screen in SCR.</summary>
    [ForthWord("L", "( u -- )")]
    public static void L(Machine m)
    {
        long line = m.Stack.Pop();
        long address = ScreenLine(m, line);
        if (address != 0)
        {
            BlockWords.TypeLine(m, address - line * BlockWords.LineLength, (int)line);
        }
    }

    /// <summary>S: line u of the screen in SCR becomes the string, blank-padded or cut to 64 characters; UPDATEs.</summary>
    [ForthWord("S", "( c-addr len u -- )")]
    public static void S(Machine m)
    {
        long line = m.Stack.Pop();
        long length = m.Stack.Pop();
        long source = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (length < 0 || !m.Arena.IsValidRange(source, length))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        long destination = ScreenLine(m, line);
        if (destination == 0)
        {
            return;
        }
        long count = length < BlockWords.LineLength ? length : BlockWords.LineLength;
        m.Arena.CopyBytes(source, destination, count);
        m.Arena.FillBytes(destination + count, BlockWords.LineLength - count, (byte)' ');
        m.Blocks.UpdateBlock();
    }

    [ForthWord("SHOW", "( -- )")]
    public static void Show(Machine m)
    {
        long block = m.Arena.FetchCell(ArenaLayout.ScrAddress);
        if (CheckScreen(m, block))
        {
            BlockWords.TypeScreen(m, block);
        }
    }

    /// <summary>
    /// EDIT: makes u the screen, shows it, then reads commands from the host's input until q or end of input:
    /// p (show), l N (line), s N text (set line), n / b (next / previous screen), w (save), h (help).
    /// </summary>
    [ForthWord("EDIT", "( u -- )")]
    public static void Edit(Machine m)
    {
        long block = m.Stack.Pop();
        if (!CheckScreen(m, block))
        {
            return;
        }
        m.Arena.StoreCell(ArenaLayout.ScrAddress, block);
        BlockWords.TypeScreen(m, block);
        long buffer = m.Arena.PadAddress;
        while (m.ThrowCode == 0)
        {
            m.Output.Type("SCR "u8);
            m.Output.TypeDecimal(m.Arena.FetchCell(ArenaLayout.ScrAddress));
            m.Output.Type("> "u8);
            long length = m.Terminal.ReadHostLine(buffer, ArenaLayout.PadSize);
            if (length < 0)
            {
                m.Output.Emit((byte)'\n');
                return;
            }
            if (!EditCommand(m, buffer, length))
            {
                return;
            }
        }
    }

    /// <summary>Runs one EDIT command; false for q. Errors are reported and the editor goes on.</summary>
    private static bool EditCommand(Machine m, long text, long length)
    {
        byte command = length > 0 ? WordLookup.AsciiUpper(m.Arena.FetchByte(text)) : (byte)0;
        long position = 1;
        switch (command)
        {
            case (byte)'Q':
                return false;
            case (byte)'P':
                Show(m);
                break;
            case (byte)'N':
            case (byte)'B':
                long next = m.Arena.FetchCell(ArenaLayout.ScrAddress) + (command == (byte)'N' ? 1 : -1);
                if (next >= 1 && next <= m.Blocks.BlockCount)
                {
                    m.Arena.StoreCell(ArenaLayout.ScrAddress, next);
                }
                Show(m);
                break;
            case (byte)'L':
            case (byte)'S':
                long line = ParseLineNumber(m, text, length, ref position);
                if (line < 0)
                {
                    m.Output.Type(command == (byte)'L' ? "usage: l <0..15>\n"u8 : "usage: s <0..15> <text>\n"u8);
                    break;
                }
                if (command == (byte)'L')
                {
                    m.Stack.Push(line);
                    L(m);
                    break;
                }
                while (position < length && m.Arena.FetchByte(text + position) == (byte)' ')
                {
                    position++;
                }
                m.Stack.Push(text + position);
                m.Stack.Push(length - position);
                m.Stack.Push(line);
                S(m);
                m.Output.Type(m.ThrowCode == 0 ? "ok\n"u8 : default);
                break;
            case (byte)'W':
                m.Blocks.SaveBuffers();
                m.Output.Type(m.ThrowCode == 0 ? "saved\n"u8 : default);
                break;
            case (byte)'H':
                m.Output.Type("Commands: p=print, l <n>=line, s <n> <text>=set, n=next, b=prev, w=write, q=quit\n"u8);
                break;
            default:
                m.Output.Type("h for help\n"u8);
                break;
        }
        if (m.ThrowCode != 0)
        {
            m.Output.Type("error "u8);
            m.Output.TypeDecimal(m.ThrowCode);
            m.Output.Emit((byte)'\n');
            m.ThrowCode = 0;
            m.Stack.Depth = 0;
        }
        return true;
    }

    private static long ParseLineNumber(Machine m, long text, long length, ref long position)
    {
        while (position < length && m.Arena.FetchByte(text + position) == (byte)' ')
        {
            position++;
        }
        long value = 0;
        int digits = 0;
        while (position < length && digits < 3)
        {
            byte c = m.Arena.FetchByte(text + position);
            if (c < (byte)'0' || c > (byte)'9')
            {
                break;
            }
            value = value * 10 + (c - '0');
            digits++;
            position++;
        }
        return digits > 0 && value < BlockWords.LinesPerScreen ? value : -1;
    }

    /// <summary>The arena address of line u of the screen in SCR, or 0 after -24 (line) or -35 (screen).</summary>
    private static long ScreenLine(Machine m, long line)
    {
        if (m.ThrowCode != 0)
        {
            return 0;
        }
        if (line < 0 || line >= BlockWords.LinesPerScreen)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return 0;
        }
        long block = m.Arena.FetchCell(ArenaLayout.ScrAddress);
        if (!CheckScreen(m, block))
        {
            return 0;
        }
        long address = m.Blocks.AssignBlockBuffer(block, read: true);
        return address == 0 ? 0 : address + line * BlockWords.LineLength;
    }

    private static bool CheckScreen(Machine m, long block)
    {
        if (block < 1 || block > m.Blocks.BlockCount)
        {
            m.Throw(ThrowCode.InvalidBlockNumber);
            return false;
        }
        return true;
    }
}
