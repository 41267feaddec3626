namespace StarForth.Words;

/// <summary>
/// /STRING, SLITERAL and the text substitution of STRING EXT (REPLACES, SUBSTITUTE, UNESCAPE). A substitution is a
/// hidden dictionary entry named by a marker byte and the substitution's name, its body the counted replacement text,
/// so FORGET and MARKER take substitutions away with the words defined after them.
/// </summary>
public static class SubstitutionWords
{
    /// <summary>The first name byte of a substitution entry; parsed names never hold control characters.</summary>
    private const byte SubstitutionMarker = 0x01;

    private const int MaxSubstitutionName = Dictionary.MaxNameLength - 1;

    [ForthWord("/STRING", "( c-addr1 u1 n -- c-addr2 u2 )")]
    public static void SlashString(Machine m)
    {
        if (m.Stack.Depth < 3)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long n = m.Stack.Pop();
        m.Stack.Poke(0, unchecked(m.Stack.Peek(0) - n));
        m.Stack.Poke(1, unchecked(m.Stack.Peek(1) + n));
    }

    /// <summary>Compiles the string like S" does, so the definition returns its own copy.</summary>
    [ForthWord("SLITERAL", "( C: c-addr1 u -- ) ( -- c-addr2 u )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    public static void SLiteral(Machine m)
    {
        if (m.Stack.Depth < 2)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long length = m.Stack.Pop();
        long text = m.Stack.Pop();
        if (length < 0 || !m.Arena.CheckRange(text, length))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        m.Compiler.CompileWordId(WordIds.StringRuntime);
        StringWords.CompileStringBody(m, text, length);
    }

    /// <summary>Makes %name% stand for the text (the newest REPLACES of a name wins); names up to 30 bytes (-19 beyond).</summary>
    [ForthWord("REPLACES", "( c-addr1 u1 c-addr2 u2 -- )")]
    public static void Replaces(Machine m)
    {
        if (m.Stack.Depth < 4)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long nameLength = m.Stack.Pop();
        long name = m.Stack.Pop();
        long textLength = m.Stack.Pop();
        long text = m.Stack.Pop();
        if (nameLength < 0 || textLength < 0 || !m.Arena.CheckRange(name, nameLength) || !m.Arena.CheckRange(text, textLength))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        if (nameLength > MaxSubstitutionName)
        {
            m.Throw(ThrowCode.NameTooLong);
            return;
        }
        System.Span<byte> entryName = stackalloc byte[Dictionary.MaxNameLength];
        entryName[0] = SubstitutionMarker;
        m.Arena.Bytes(name, nameLength).CopyTo(entryName.Slice(1));
        // The text may lie in the space the entry is about to take (a transient S" buffer does not, HERE might).
        if (m.Dictionary.CreateHiddenEntry(entryName.Slice(0, (int)nameLength + 1), WordKind.Create) < 0)
        {
            return;
        }
        m.DataSpace.CommaCell(textLength);
        long destination = m.DataSpace.Here;
        m.DataSpace.Allot(textLength);
        if (m.ThrowCode == 0)
        {
            m.Arena.CopyBytes(text, destination, textLength);
            m.DataSpace.AlignHere();
        }
    }

    /// <summary>
    /// Copies the text to the buffer, each %name% of a REPLACES name replaced by its text and %% by %; an unknown
    /// %name% stays as it is. n is the number of replacements, or -78 when the buffer is too small.
    /// </summary>
    [ForthWord("SUBSTITUTE", "( c-addr1 u1 c-addr2 u2 -- c-addr2 u3 n )")]
    public static void Substitute(Machine m)
    {
        if (m.Stack.Depth < 4)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long capacity = m.Stack.Pop();
        long buffer = m.Stack.Pop();
        long length = m.Stack.Pop();
        long text = m.Stack.Pop();
        if (length < 0 || capacity < 0 || !m.Arena.CheckRange(text, length) || !m.Arena.CheckRange(buffer, capacity))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        var into = new Destination(m, buffer, capacity);
        long replacements = 0;
        long position = 0;
        while (position < length)
        {
            byte c = m.Arena.FetchByte(text + position);
            if (c != (byte)'%')
            {
                into.Append(c);
                position++;
                continue;
            }
            long close = position + 1;
            while (close < length && m.Arena.FetchByte(text + close) != (byte)'%')
            {
                close++;
            }
            if (close >= length)
            {
                into.Copy(text + position, length - position); // no closing %: the rest is plain text
                break;
            }
            long nameLength = close - position - 1;
            int entry = nameLength == 0 ? -1 : FindSubstitution(m, text + position + 1, nameLength);
            if (nameLength == 0)
            {
                into.Append((byte)'%');
            }
            else if (entry >= 0)
            {
                long body = m.WordTable.BodyOf(entry);
                into.Copy(body + ArenaLayout.CellSize, m.Arena.FetchCell(body));
                replacements++;
            }
            else
            {
                into.Copy(text + position, nameLength + 2);
            }
            position = close + 1;
        }
        m.Stack.Push(buffer);
        m.Stack.Push(into.Length);
        m.Stack.Push(into.Overflowed ? ThrowCode.SubstituteFailed : replacements);
    }

    /// <summary>Doubles every % so that SUBSTITUTE gives the text back unchanged.</summary>
    [ForthWord("UNESCAPE", "( c-addr1 u1 c-addr2 -- c-addr2 u2 )")]
    public static void Unescape(Machine m)
    {
        if (m.Stack.Depth < 3)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long buffer = m.Stack.Pop();
        long length = m.Stack.Pop();
        long text = m.Stack.Pop();
        if (length < 0 || !m.Arena.CheckRange(text, length))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        long written = 0;
        for (long i = 0; i < length && m.ThrowCode == 0; i++)
        {
            byte c = m.Arena.FetchByte(text + i);
            if (c == (byte)'%')
            {
                m.Arena.StoreByte(buffer + written++, c);
            }
            m.Arena.StoreByte(buffer + written++, c);
        }
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(buffer);
            m.Stack.Push(written);
        }
    }

    /// <summary>The newest substitution entry of that name (case-insensitive, as names are), or -1.</summary>
    private static int FindSubstitution(Machine m, long name, long length)
    {
        if (length > MaxSubstitutionName)
        {
            return -1;
        }
        for (int wordId = m.WordTable.LatestHeaderWordId; wordId >= 0; wordId = m.WordTable.PreviousWord(wordId))
        {
            if (m.WordTable.KindOf(wordId) != WordKind.Create || (m.WordTable.FlagsOf(wordId) & WordFlags.Hidden) == 0)
            {
                continue;
            }
            System.ReadOnlySpan<byte> entryName = m.WordTable.NameOf(wordId);
            if (entryName.Length == length + 1 && entryName[0] == SubstitutionMarker && SameName(m, name, entryName.Slice(1)))
            {
                return wordId;
            }
        }
        return -1;
    }

    private static bool SameName(Machine m, long name, System.ReadOnlySpan<byte> entryName)
    {
        for (int i = 0; i < entryName.Length; i++)
        {
            if (WordLookup.AsciiUpper(m.Arena.FetchByte(name + i)) != WordLookup.AsciiUpper(entryName[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>SUBSTITUTE's output buffer: writes what fits and remembers that something did not.</summary>
    private struct Destination
    {
        private readonly Machine machine;
        private readonly long address;
        private readonly long capacity;

        public Destination(Machine machine, long address, long capacity)
        {
            this.machine = machine;
            this.address = address;
            this.capacity = capacity;
            Length = 0;
            Overflowed = false;
        }

        public long Length { get; private set; }

        public bool Overflowed { get; private set; }

        public void Append(byte c)
        {
            if (Length >= capacity)
            {
                Overflowed = true;
                return;
            }
            machine.Arena.StoreByte(address + Length, c);
            Length++;
        }

        public void Copy(long source, long count)
        {
            for (long i = 0; i < count; i++)
            {
                Append(machine.Arena.FetchByte(source + i));
            }
        }
    }
}
