namespace StarForth.Words;

/// <summary>Looking at the dictionary: WORDS and VLIST list names, SEE decompiles a word.</summary>
public static class DictionaryListingWords
{
    private const int LineWidth = 64;

    /// <summary>
    /// WORDS: the names of the first word list of the search order, newest first, wrapped at 64 columns: each name
    /// once (an older word it shadows is not listed) and no internal built-ins (<see cref="IsInternal"/>).
    /// </summary>
    [ForthWord("WORDS", "( -- )")]
    public static void Words(Machine m)
    {
        int list = m.Vocabularies.Context;
        int column = 0;
        for (int wordId = m.WordTable.LatestHeaderWordId; wordId >= 0 && list >= 0; wordId = m.WordTable.PreviousWord(wordId))
        {
            System.ReadOnlySpan<byte> name = m.WordTable.NameOf(wordId);
            if (m.WordTable.VocabularyOf(wordId) == list && name.Length > 0 && !IsInternal(m, wordId)
                && m.Lookup.NewestIn(name, list) == wordId)
            {
                ListName(m, name, ref column);
            }
        }
        m.Output.Emit((byte)'\n');
    }

    /// <summary>Every named, unhidden word of every vocabulary, newest first, shadowed and internal ones too.</summary>
    [ForthWord("VLIST", "( -- )")]
    public static void VList(Machine m)
    {
        int column = 0;
        for (int wordId = m.WordTable.LatestHeaderWordId; wordId >= 0; wordId = m.WordTable.PreviousWord(wordId))
        {
            System.ReadOnlySpan<byte> name = m.WordTable.NameOf(wordId);
            if ((m.WordTable.FlagsOf(wordId) & (WordFlags.Hidden | WordFlags.Smudged)) == 0 && name.Length > 0)
            {
                ListName(m, name, ref column);
            }
        }
        m.Output.Emit((byte)'\n');
    }

    private static void ListName(Machine m, System.ReadOnlySpan<byte> name, ref int column)
    {
        if (column > 0 && column + name.Length > LineWidth)
        {
            m.Output.Emit((byte)'\n');
            column = 0;
        }
        m.Output.Type(name);
        m.Output.Emit((byte)' ');
        column += name.Length + 1;
    }

    /// <summary>
    /// The bootstrap words the compiler lays down and nobody types, such as <c>does_rt</c> and <c>(s")</c>: the C
    /// StarForth names them in lower case, so a built-in with a lower-case letter in its name is internal.
    /// </summary>
    private static bool IsInternal(Machine m, int wordId)
    {
        if (wordId >= m.Dictionary.FirstUserWordId)
        {
            return false;
        }
        System.ReadOnlySpan<byte> name = m.WordTable.NameOf(wordId);
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] >= (byte)'a' && name[i] <= (byte)'z')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Decompiles a word: a colon definition as source (literals as numbers, branch offsets in cells after the
    /// branch word, strings quoted), other kinds as the defining phrase that made them.
    /// </summary>
    [ForthWord("SEE", "( \"name\" -- )")]
    public static void See(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId < 0)
        {
            return;
        }
        long body = m.WordTable.BodyOf(wordId);
        switch (m.WordTable.KindOf(wordId))
        {
            case WordKind.Colon:
                m.Output.Type(": "u8);
                TypeName(m, wordId);
                Decompile(m, body, m.WordTable.BodyEndOf(wordId));
                m.Output.Emit((byte)';');
                break;
            case WordKind.Does:
                m.Output.Type("CREATE "u8);
                TypeName(m, wordId);
                m.Output.Type(" DOES>"u8);
                Decompile(m, m.WordTable.DoesCodeOf(wordId), -1);
                m.Output.Emit((byte)';');
                break;
            case WordKind.Create:
                m.Output.Type("CREATE "u8);
                TypeName(m, wordId);
                break;
            case WordKind.Constant:
                Phrase(m, m.Arena.FetchCell(body), "CONSTANT "u8, wordId);
                break;
            case WordKind.Value:
                Phrase(m, m.Arena.FetchCell(body), "VALUE "u8, wordId);
                break;
            case WordKind.TwoConstant:
                m.Output.TypeNumber(m.Arena.FetchCell(body + ArenaLayout.CellSize), signed: true);
                m.Output.Emit((byte)' ');
                Phrase(m, m.Arena.FetchCell(body), "2CONSTANT "u8, wordId);
                break;
            case WordKind.TwoValue:
                m.Output.TypeNumber(m.Arena.FetchCell(body + ArenaLayout.CellSize), signed: true);
                m.Output.Emit((byte)' ');
                Phrase(m, m.Arena.FetchCell(body), "2VALUE "u8, wordId);
                break;
            case WordKind.Field:
                Phrase(m, m.Arena.FetchCell(body), "+FIELD "u8, wordId);
                break;
            case WordKind.Defer:
                m.Output.Type("DEFER "u8);
                TypeName(m, wordId);
                break;
            case WordKind.Marker:
                m.Output.Type("MARKER "u8);
                TypeName(m, wordId);
                break;
            default:
                TypeName(m, wordId);
                m.Output.Type(" is a primitive"u8);
                break;
        }
        if ((m.WordTable.FlagsOf(wordId) & WordFlags.Immediate) != 0)
        {
            m.Output.Type(" IMMEDIATE"u8);
        }
        m.Output.Emit((byte)'\n');
    }

    private static void Phrase(Machine m, long value, System.ReadOnlySpan<byte> definingWord, int wordId)
    {
        m.Output.TypeNumber(value, signed: true);
        m.Output.Emit((byte)' ');
        m.Output.Type(definingWord);
        TypeName(m, wordId);
    }

    private static void TypeName(Machine m, int wordId)
    {
        System.ReadOnlySpan<byte> name = m.WordTable.NameOf(wordId);
        m.Output.Type(name.Length == 0 ? ":NONAME"u8 : name);
    }

    /// <summary>Prints the cells from start to end (or, with end -1, to the first EXIT), each followed by a space.</summary>
    private static void Decompile(Machine m, long start, long end)
    {
        m.Output.Emit((byte)' ');
        long cell = start;
        while ((end < 0 || cell < end) && m.ThrowCode == 0)
        {
            long wordId = m.Arena.FetchCell(cell);
            cell += ArenaLayout.CellSize;
            if (!m.WordTable.IsWord(wordId))
            {
                m.Output.Type("?? "u8);
                continue;
            }
            int id = (int)wordId;
            if (id == WordIds.Exit && (end < 0 || cell >= end))
            {
                return;
            }
            WordOperand operand = m.Dictionary.OperandOf(id);
            if (operand == WordOperand.Literal && id == WordIds.Lit)
            {
                m.Output.TypeNumber(m.Arena.FetchCell(cell), signed: true);
                m.Output.Emit((byte)' ');
                cell += ArenaLayout.CellSize;
                continue;
            }
            if (operand == WordOperand.InlineString)
            {
                long length = m.Arena.FetchCell(cell);
                cell += ArenaLayout.CellSize;
                if (id == WordIds.StringRuntime)
                {
                    m.Output.Type("S\" "u8);
                }
                else
                {
                    TypeName(m, id);
                    m.Output.Type(" \""u8);
                }
                m.Output.Type(cell, length);
                m.Output.Type("\" "u8);
                cell = Arena.AlignedAddress(cell + length);
                continue;
            }
            TypeName(m, id);
            m.Output.Emit((byte)' ');
            if (operand != WordOperand.None)
            {
                m.Output.TypeNumber(m.Arena.FetchCell(cell), signed: true);
                m.Output.Emit((byte)' ');
                cell += ArenaLayout.CellSize;
            }
        }
    }
}
