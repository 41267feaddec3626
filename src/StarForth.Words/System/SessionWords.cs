namespace StarForth.Words;

/// <summary>Restarting the interpreter (COLD, WARM, QUIT), SAVE-SYSTEM, and questions about the system.</summary>
public static class SessionWords
{
    /// <summary>
    /// ANS QUIT: THROW -56, which no error message accompanies; the host then empties the stacks and reads the next
    /// line in interpretation state. Immediate in the C dictionary, so inside a definition it compiles itself.
    /// </summary>
    [ForthWord("QUIT", "( -- ) ( R: i*x -- )", Flags = WordFlags.Immediate)]
    public static void Quit(Machine m)
    {
        if (m.Compiler.Compiling)
        {
            m.Compiler.CompileWordId(WordIds.Quit);
            return;
        }
        m.Throw(ThrowCode.Quit);
    }

    /// <summary>Empties the data stack, BASE back to decimal, then QUIT; the dictionary stays.</summary>
    [ForthWord("WARM", "( i*x -- )")]
    public static void Warm(Machine m)
    {
        m.Stack.Depth = 0;
        m.Arena.Base = 10;
        m.Compiler.Compiling = false;
        m.Throw(ThrowCode.Quit);
    }

    /// <summary>WARM after forgetting every word since bootstrap, or since the last SAVE-SYSTEM.</summary>
    [ForthWord("COLD", "( i*x -- )")]
    public static void Cold(Machine m)
    {
        m.ColdStart();
        m.Stack.Depth = 0;
        m.Throw(ThrowCode.Quit);
    }

    /// <summary>There is no image file to write in StarKernel; the dictionary as it is becomes what COLD returns to.</summary>
    [ForthWord("SAVE-SYSTEM", "( -- )")]
    public static void SaveSystem(Machine m) => m.Dictionary.SaveColdImage();

    [ForthWord("NOP", "( -- )")]
    public static void Nop(Machine m)
    {
    }

    /// <summary>Like the C word, reports and returns whether the system is FORTH-79: it is not, it follows ANS Forth-2012.</summary>
    [ForthWord("79-STANDARD", "( -- flag )")]
    public static void SeventyNineStandard(Machine m)
    {
        m.Output.Type("FORTH-79 Standard compliance: INACTIVE (ANS Forth-2012 semantics)\n"u8);
        m.Stack.PushFlag(false);
    }

    /// <summary>Clears an ANSI terminal and homes the cursor.</summary>
    [ForthWord("PAGE", "( -- )")]
    public static void Page(Machine m) => m.Output.Type("\u001b[2J\u001b[H"u8);

    [ForthWord("ENVIRONMENT?", "( c-addr u -- false | i*x true )")]
    public static void EnvironmentQuery(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        System.Span<byte> name = m.Arena.Bytes(address, length < 0 ? 0 : length);
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (Is(name, "/COUNTED-STRING"u8))
        {
            m.Stack.Push(255);
        }
        else if (Is(name, "/HOLD"u8))
        {
            m.Stack.Push(ArenaLayout.HoldSize);
        }
        else if (Is(name, "/PAD"u8))
        {
            m.Stack.Push(ArenaLayout.PadSize);
        }
        else if (Is(name, "ADDRESS-UNIT-BITS"u8))
        {
            m.Stack.Push(8);
        }
        else if (Is(name, "FLOORED"u8))
        {
            m.Stack.PushFlag(false);
        }
        else if (Is(name, "MAX-CHAR"u8))
        {
            m.Stack.Push(255);
        }
        else if (Is(name, "MAX-N"u8))
        {
            m.Stack.Push(long.MaxValue);
        }
        else if (Is(name, "MAX-U"u8))
        {
            m.Stack.Push(-1);
        }
        else if (Is(name, "MAX-D"u8))
        {
            m.Stack.Push(-1);
            m.Stack.Push(long.MaxValue);
        }
        else if (Is(name, "MAX-UD"u8))
        {
            m.Stack.Push(-1);
            m.Stack.Push(-1);
        }
        else if (Is(name, "RETURN-STACK-CELLS"u8))
        {
            m.Stack.Push(Machine.DefaultReturnStackCells);
        }
        else if (Is(name, "STACK-CELLS"u8))
        {
            m.Stack.Push(m.Stack.Capacity);
        }
        else if (Is(name, "#LOCALS"u8))
        {
            m.Stack.Push(LocalNames.MaxPerDefinition);
        }
        else if (Is(name, "WORDLISTS"u8))
        {
            m.Stack.Push(Vocabularies.MaxOrder);
        }
        else if (WordSetQuery(name, out bool complete))
        {
            m.Stack.PushFlag(complete);
        }
        else
        {
            m.Stack.PushFlag(false);
            return;
        }
        m.Stack.PushFlag(true);
    }

    /// <summary>
    /// The Forth-94 word-set queries (obsolescent in Forth-2012, still asked by programs): known names answer whether
    /// this system has the whole word set; sets this system does not claim are unknown (false).
    /// </summary>
    private static bool WordSetQuery(System.ReadOnlySpan<byte> name, out bool complete)
    {
        complete = true;
        if (Is(name, "CORE"u8) || Is(name, "CORE-EXT"u8) || Is(name, "DOUBLE"u8) || Is(name, "DOUBLE-EXT"u8)
            || Is(name, "EXCEPTION"u8) || Is(name, "EXCEPTION-EXT"u8) || Is(name, "FACILITY"u8) || Is(name, "FACILITY-EXT"u8)
            || Is(name, "STRING"u8) || Is(name, "STRING-EXT"u8) || Is(name, "TOOLS"u8)
            || Is(name, "SEARCH-ORDER"u8) || Is(name, "SEARCH-ORDER-EXT"u8) || Is(name, "FILE"u8) || Is(name, "FILE-EXT"u8)
            || Is(name, "MEMORY-ALLOC"u8) || Is(name, "MEMORY-ALLOC-EXT"u8) || Is(name, "LOCALS"u8) || Is(name, "LOCALS-EXT"u8))
        {
            return true;
        }
        // Present in part: TOOLS EXT lacks the assembler words.
        complete = false;
        return Is(name, "TOOLS-EXT"u8);
    }

    private static bool Is(System.ReadOnlySpan<byte> name, System.ReadOnlySpan<byte> known) => WordLookup.NamesEqual(name, known);
}
