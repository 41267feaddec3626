namespace StarForth.Words;

/// <summary>
/// LOCALS and LOCALS EXT: <c>{: args | uninitialised -- comment :}</c>, <c>LOCALS|</c> and <c>(LOCAL)</c>. A declaration
/// compiles <c>(LOCALS) n</c>, which makes a frame on the machine's <see cref="LocalsStack"/>; a local's name compiles
/// <c>(LOCAL@) slot</c>, <c>TO name</c> <c>(LOCAL!) slot</c> and <c>+TO name</c> <c>(LOCAL+!) slot</c>. The operand
/// of <c>(LOCALS)</c> is the number of locals plus 256 times the number taken from the data stack; slots count from 0
/// in the frame, and the locals taken from the stack fill the first slots, the top of the stack in the last of them.
/// </summary>
public static class LocalsWords
{
    private const int InitialisedShift = 8;

    [ForthWord("{:", "( C: \"name ... :}\" -- ) ( x1 ... xn -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void BraceColon(Machine m)
    {
        if (!CanDeclare(m))
        {
            return;
        }
        LocalNames names = m.LocalNames;
        int initialised = -1;
        while (TryParseDeclaredName(m, "{:"u8, out System.ReadOnlySpan<byte> name))
        {
            if (WordLookup.NamesEqual(name, ":}"u8))
            {
                break;
            }
            if (WordLookup.NamesEqual(name, "--"u8))
            {
                if (!SkipPast(m, ":}"u8))
                {
                    return;
                }
                break;
            }
            if (WordLookup.NamesEqual(name, "|"u8) && initialised < 0)
            {
                initialised = names.Count;
                continue;
            }
            if (!names.Add(name, names.Count))
            {
                return;
            }
        }
        if (m.ThrowCode == 0)
        {
            CompileFrame(m, names.Count, initialised < 0 ? names.Count : initialised);
        }
    }

    [ForthWord("LOCALS|", "( C: \"name ... |\" -- ) ( xn ... x1 -- )", Flags = WordFlags.Immediate | WordFlags.CompileOnly)]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void LocalsBar(Machine m)
    {
        if (!CanDeclare(m))
        {
            return;
        }
        while (TryParseDeclaredName(m, "LOCALS|"u8, out System.ReadOnlySpan<byte> name))
        {
            if (WordLookup.NamesEqual(name, "|"u8))
            {
                EndStackOrderDeclaration(m);
                return;
            }
            if (!m.LocalNames.Add(name, 0))
            {
                return;
            }
        }
    }

    /// <summary>
    /// (LOCAL): a name declares the next local, taken from the stack when the frame is made (the first declared gets
    /// the top); <c>0 0 (LOCAL)</c> ends the declaration and compiles the frame. -14 outside a definition.
    /// </summary>
    [ForthWord("(LOCAL)", "( c-addr u -- )")]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void ParenLocal(Machine m)
    {
        long length = m.Stack.Pop();
        long address = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (m.Compiler.DefinitionWordId < 0)
        {
            m.Throw(ThrowCode.CompileOnly, "(LOCAL)"u8);
            return;
        }
        if (length == 0)
        {
            EndStackOrderDeclaration(m);
            return;
        }
        if (m.LocalNames.Count == 0 && !CanDeclare(m))
        {
            return;
        }
        if (length < 0 || length > Dictionary.MaxNameLength)
        {
            m.Throw(ThrowCode.NameTooLong);
            return;
        }
        if (m.Arena.CheckRange(address, length))
        {
            m.LocalNames.Add(m.Arena.Bytes(address, length), 0);
        }
    }

    /// <summary>Compiled by a declaration: makes the frame, taking the initialised locals from the data stack.</summary>
    [ForthWord("(LOCALS)", "( x1 ... xn -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Literal)]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void EnterFrame(Machine m)
    {
        long operand = m.InnerInterpreter.NextOperand();
        if (m.ThrowCode != 0)
        {
            return;
        }
        int count = (int)(operand & 0xFF);
        int initialised = (int)((operand >> InitialisedShift) & 0xFF);
        if (initialised > count || m.Stack.Depth < initialised)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long callerReturn = m.ReturnStack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (!m.Locals.Enter(count, callerReturn))
        {
            m.ReturnStack.Push(callerReturn);
            return;
        }
        for (int slot = initialised - 1; slot >= 0; slot--)
        {
            m.Locals.Store(slot, m.Stack.Pop());
        }
        m.ReturnStack.Push(ArenaLayout.LocalsReturnAddress);
    }

    /// <summary>Where a definition with locals returns (from <see cref="ArenaLayout.LocalsReturnAddress"/>): drops the frame, back to the caller.</summary>
    [ForthWord("(LOCALS-END)", "( -- )", Flags = WordFlags.CompileOnly)]
    public static void LeaveFrame(Machine m)
    {
        long callerReturn = m.Locals.Leave();
        if (m.ThrowCode == 0)
        {
            m.InnerInterpreter.Ip = callerReturn;
        }
    }

    [ForthWord("(LOCAL@)", "( -- x )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Literal)]
    public static void FetchLocal(Machine m)
    {
        long slot = m.InnerInterpreter.NextOperand();
        if (m.ThrowCode != 0)
        {
            return;
        }
        long x = m.Locals.Fetch(slot);
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(x);
        }
    }

    [ForthWord("(LOCAL!)", "( x -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Literal)]
    public static void StoreLocal(Machine m)
    {
        long slot = m.InnerInterpreter.NextOperand();
        long x = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.Locals.Store(slot, x);
        }
    }

    [ForthWord("(LOCAL+!)", "( n -- )", Flags = WordFlags.CompileOnly, Operand = WordOperand.Literal)]
    public static void AddToLocal(Machine m)
    {
        long slot = m.InnerInterpreter.NextOperand();
        long n = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        long x = m.Locals.Fetch(slot);
        if (m.ThrowCode == 0)
        {
            m.Locals.Store(slot, unchecked(x + n));
        }
    }

    /// <summary>
    /// TO and +TO on a local: when compiling and the next name is a local of the definition, compiles
    /// <paramref name="runtimeWordId"/> and its slot and returns true; otherwise leaves >IN where it was.
    /// </summary>
    internal static bool TryCompileLocalUpdate(Machine m, int runtimeWordId)
    {
        if (!m.Compiler.Compiling || m.LocalNames.Count == 0)
        {
            return false;
        }
        long toIn = m.OuterInterpreter.ToIn;
        long address = m.OuterInterpreter.ParseName(out long length);
        int slot = length == 0 ? -1 : m.LocalNames.Find(m.Arena.Bytes(address, length));
        if (slot < 0)
        {
            m.OuterInterpreter.ToIn = toIn;
            return false;
        }
        m.Compiler.CompileWordId(runtimeWordId);
        m.DataSpace.CommaCell(slot);
        return true;
    }

    /// <summary>-14 outside a definition; -264 for a second declaration or one inside IF, DO, BEGIN ... (standard: ambiguous).</summary>
    private static bool CanDeclare(Machine m)
    {
        if (m.Compiler.DefinitionWordId < 0 || !m.Compiler.Compiling)
        {
            m.Throw(ThrowCode.CompileOnly);
            return false;
        }
        if (m.LocalNames.Declared || !m.Compiler.OutsideControlStructures)
        {
            m.Throw(ThrowCode.InvalidLocals);
            return false;
        }
        return true;
    }

    /// <summary>LOCALS| and (LOCAL) order: every local from the stack, the first declared taking the top.</summary>
    private static void EndStackOrderDeclaration(Machine m)
    {
        LocalNames names = m.LocalNames;
        if (names.Declared)
        {
            m.Throw(ThrowCode.InvalidLocals);
            return;
        }
        int count = names.Count;
        for (int index = 0; index < count; index++)
        {
            names.Renumber(index, count - 1 - index);
        }
        CompileFrame(m, count, count);
    }

    private static void CompileFrame(Machine m, int count, int initialised)
    {
        m.LocalNames.EndDeclaration();
        if (count == 0)
        {
            return;
        }
        m.Compiler.CompileWordId(WordIds.EnterFrame);
        m.DataSpace.CommaCell(count + (initialised << InitialisedShift));
    }

    /// <summary>Parses names up to and including <paramref name="end"/>; -264 when the line ends first.</summary>
    private static bool SkipPast(Machine m, System.ReadOnlySpan<byte> end)
    {
        while (TryParseDeclaredName(m, "{:"u8, out System.ReadOnlySpan<byte> name))
        {
            if (WordLookup.NamesEqual(name, end))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The next name of a declaration; false after -264 naming <paramref name="declaration"/> when the line ends first (a declaration must end on its line).</summary>
    private static bool TryParseDeclaredName(Machine m, System.ReadOnlySpan<byte> declaration, out System.ReadOnlySpan<byte> name)
    {
        long address = m.OuterInterpreter.ParseName(out long length);
        if (length == 0)
        {
            m.Throw(ThrowCode.InvalidLocals, declaration);
            name = default;
            return false;
        }
        name = m.Arena.Bytes(address, length);
        return true;
    }
}
