namespace StarForth.Words;

/// <summary>C" (counted strings in compiled code) and S\" (strings with escapes).</summary>
public static class QuotedStringWords
{
    /// <summary>
    /// Compiles (s") whose inline text is the counted string (count byte, then the text), followed by DROP, so the
    /// body holds no address and run time leaves the counted string's address.
    /// </summary>
    [ForthWord("C\"", "( \"ccc<quote>\" -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void CQuote(Machine m)
    {
        long text = m.OuterInterpreter.Parse((byte)'"', out long length);
        if (length > 255)
        {
            m.Throw(ThrowCode.ParsedStringOverflow);
            return;
        }
        m.Compiler.CompileWordId(WordIds.StringRuntime);
        m.DataSpace.CommaCell(length + 1);
        m.DataSpace.CommaByte((byte)length);
        long destination = m.DataSpace.Here;
        m.DataSpace.Allot(length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        m.Arena.CopyBytes(text, destination, length);
        m.DataSpace.AlignHere();
        m.Compiler.CompileWordId(WordIds.Drop);
    }

    /// <summary>S" with the Forth-2012 escapes: \a \b \e \f \l \m \n \q \r \t \v \z \" \\ and \xHH.</summary>
    [ForthWord("S\\\"", "( \"ccc<quote>\" -- c-addr u )", Flags = WordFlags.Immediate)]
    public static void SBackslashQuote(Machine m)
    {
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileWordId(WordIds.StringRuntime);
            long lengthCell = m.DataSpace.Here;
            m.DataSpace.CommaCell(0);
            long start = m.DataSpace.Here;
            long count = ParseEscaped(m, start, -1);
            if (m.ThrowCode != 0)
            {
                return;
            }
            m.Arena.StoreCell(lengthCell, count);
            m.DataSpace.AlignHere();
            return;
        }
        long buffer = m.Arena.NextTransientStringBuffer();
        long length = ParseEscaped(m, buffer, ArenaLayout.TransientStringSize);
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(buffer);
            m.Stack.Push(length);
        }
    }

    /// <summary>
    /// Parses up to the closing quote, decoding escapes. With a negative <paramref name="capacity"/> the bytes are
    /// appended to data space (at <paramref name="destination"/> = HERE), otherwise written to the buffer.
    /// </summary>
    private static long ParseEscaped(Machine m, long destination, long capacity)
    {
        long source = m.OuterInterpreter.SourceAddress;
        long end = m.OuterInterpreter.SourceLength;
        long toIn = m.OuterInterpreter.ToIn;
        long count = 0;
        while (toIn < end && m.ThrowCode == 0)
        {
            byte c = m.Arena.FetchByte(source + toIn++);
            if (c == (byte)'"')
            {
                break;
            }
            if (c == (byte)'\\' && toIn < end)
            {
                byte escape = m.Arena.FetchByte(source + toIn++);
                if (escape == (byte)'m')
                {
                    Put(m, destination, capacity, ref count, 13);
                    c = 10;
                }
                else if (escape == (byte)'x')
                {
                    int high = toIn < end ? NumberParser.DigitValue(m.Arena.FetchByte(source + toIn)) : -1;
                    int low = toIn + 1 < end ? NumberParser.DigitValue(m.Arena.FetchByte(source + toIn + 1)) : -1;
                    if (high < 0 || high > 15 || low < 0 || low > 15)
                    {
                        m.Throw(ThrowCode.InvalidNumericArgument);
                        break;
                    }
                    toIn += 2;
                    c = (byte)(high * 16 + low);
                }
                else
                {
                    c = Escape(escape);
                }
            }
            Put(m, destination, capacity, ref count, c);
        }
        m.OuterInterpreter.ToIn = toIn;
        return count;
    }

    private static byte Escape(byte escape)
    {
        switch (escape)
        {
            case (byte)'a': return 7;
            case (byte)'b': return 8;
            case (byte)'e': return 27;
            case (byte)'f': return 12;
            case (byte)'l': return 10;
            case (byte)'n': return 10;
            case (byte)'q': return (byte)'"';
            case (byte)'r': return 13;
            case (byte)'t': return 9;
            case (byte)'v': return 11;
            case (byte)'z': return 0;
            default: return escape;
        }
    }

    private static void Put(Machine m, long destination, long capacity, ref long count, byte c)
    {
        if (capacity < 0)
        {
            m.DataSpace.CommaByte(c);
        }
        else if (count < capacity)
        {
            m.Arena.StoreByte(destination + count, c);
        }
        else
        {
            m.Throw(ThrowCode.ParsedStringOverflow);
            return;
        }
        count++;
    }
}
