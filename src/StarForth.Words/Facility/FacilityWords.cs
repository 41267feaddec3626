namespace StarForth.Words;

/// <summary>
/// FACILITY and FACILITY EXT: the terminal (ANSI sequences on the output; keys from the line-based host input),
/// time through the machine clock (the fake one in parity mode), and structures.
/// </summary>
public static class FacilityWords
{
    /// <summary>Column u1, row u2, both from 0: ESC [ row+1 ; column+1 H. -24 for a negative coordinate.</summary>
    [ForthWord("AT-XY", "( u1 u2 -- )")]
    public static void AtXy(Machine m)
    {
        long row = m.Stack.Pop();
        long column = m.Stack.Pop();
        if (m.ThrowCode != 0)
        {
            return;
        }
        if (row < 0 || column < 0 || row == long.MaxValue || column == long.MaxValue)
        {
            m.Throw(ThrowCode.InvalidNumericArgument);
            return;
        }
        m.Output.Type("\u001b["u8);
        m.Output.TypeDecimal(row + 1);
        m.Output.Emit((byte)';');
        m.Output.TypeDecimal(column + 1);
        m.Output.Emit((byte)'H');
    }

    /// <summary>The host input comes a line at a time: a key is ready while a line KEY read still has characters.</summary>
    [ForthWord("KEY?", "( -- flag )")]
    public static void KeyQuestion(Machine m) => m.Stack.PushFlag(m.Terminal.KeyAvailable);

    /// <summary>Keyboard events are the characters KEY returns; -39 at end of input, as for KEY.</summary>
    [ForthWord("EKEY", "( -- x )")]
    public static void EKey(Machine m) => KeyboardWords.Key(m);

    [ForthWord("EKEY?", "( -- flag )")]
    public static void EKeyQuestion(Machine m) => m.Stack.PushFlag(m.Terminal.KeyAvailable);

    /// <summary>Every event EKEY gives is a character, so only values outside 0..255 are not.</summary>
    [ForthWord("EKEY>CHAR", "( x -- x false | char true )")]
    public static void EKeyToChar(Machine m)
    {
        long x = m.Stack.Peek();
        if (m.ThrowCode == 0)
        {
            m.Stack.PushFlag(x >= 0 && x <= 255);
        }
    }

    /// <summary>The output never blocks: the host write always takes the bytes.</summary>
    [ForthWord("EMIT?", "( -- flag )")]
    public static void EmitQuestion(Machine m) => m.Stack.PushFlag(true);

    /// <summary>Waits on the machine clock (the fake clock in parity mode); -24 for a negative count, -28 at an interrupt.</summary>
    [ForthWord("MS", "( u -- )")]
    public static void Ms(Machine m)
    {
        long milliseconds = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.Clock.Wait(milliseconds, m.InnerInterpreter);
        }
    }

    /// <summary>The host's local time; in parity mode (and without a host calendar) 2000-01-01 00:00:00.</summary>
    [ForthWord("TIME&DATE", "( -- +n1 +n2 +n3 +n4 +n5 +n6 )")]
    public static void TimeAndDate(Machine m)
    {
        long seconds = m.Clock.LocalTimeSeconds();
        long days = FloorDivide(seconds, 86_400);
        long secondOfDay = seconds - days * 86_400;
        CivilDate(days, out long year, out long month, out long day);
        m.Stack.Push(secondOfDay % 60);
        m.Stack.Push(secondOfDay / 60 % 60);
        m.Stack.Push(secondOfDay / 3600);
        m.Stack.Push(day);
        m.Stack.Push(month);
        m.Stack.Push(year);
    }

    /// <summary>The proleptic Gregorian date of a day count from 1970-01-01, by 400-year eras of 146097 days.</summary>
    internal static void CivilDate(long daysSinceEpoch, out long year, out long month, out long day)
    {
        long shifted = daysSinceEpoch + 719_468; // days from 0000-03-01, so leap days fall at the end of a year
        long era = FloorDivide(shifted, 146_097);
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    }

    private static long FloorDivide(long dividend, long divisor)
    {
        long quotient = dividend / divisor;
        return dividend % divisor < 0 ? quotient - 1 : quotient;
    }

    /// <summary>
    /// Starts a structure: NAME is a constant whose value END-STRUCTURE fills in with the size.
    /// struct-sys is the address of that value.
    /// </summary>
    [ForthWord("BEGIN-STRUCTURE", "( \"name\" -- struct-sys 0 )")]
    public static void BeginStructure(Machine m)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.Constant) < 0)
        {
            return;
        }
        long size = m.DataSpace.Here;
        m.DataSpace.CommaCell(0);
        m.Stack.Push(size);
        m.Stack.Push(0);
    }

    [ForthWord("END-STRUCTURE", "( struct-sys +n -- )")]
    public static void EndStructure(Machine m)
    {
        long size = m.Stack.Pop();
        long sizeAddress = m.Stack.Pop();
        if (m.ThrowCode == 0)
        {
            m.Arena.StoreCell(sizeAddress, size);
        }
    }

    [ForthWord("+FIELD", "( n1 n2 \"name\" -- n3 )")]
    public static void PlusField(Machine m)
    {
        if (m.Stack.Depth < 2)
        {
            m.Throw(ThrowCode.StackUnderflow);
            return;
        }
        long size = m.Stack.Peek(0);
        long offset = m.Stack.Peek(1);
        DefineField(m, offset, size);
    }

    [ForthWord("FIELD:", "( n1 \"name\" -- n2 )")]
    public static void FieldColon(Machine m)
    {
        long offset = m.Stack.Peek();
        if (m.ThrowCode == 0)
        {
            long aligned = (offset + ArenaLayout.CellSize - 1) & ~(long)(ArenaLayout.CellSize - 1);
            m.Stack.Poke(0, aligned);
            m.Stack.Push(ArenaLayout.CellSize);
            DefineField(m, aligned, ArenaLayout.CellSize);
        }
    }

    [ForthWord("CFIELD:", "( n1 \"name\" -- n2 )")]
    public static void CFieldColon(Machine m)
    {
        long offset = m.Stack.Peek();
        if (m.ThrowCode == 0)
        {
            m.Stack.Push(1);
            DefineField(m, offset, 1);
        }
    }

    /// <summary>With offset and size on the stack: makes NAME add the offset, leaving offset+size; both cells stay on a failure.</summary>
    private static void DefineField(Machine m, long offset, long size)
    {
        long name = m.OuterInterpreter.ParseName(out long length);
        if (m.Dictionary.CreateWord(name, length, WordKind.Field) < 0)
        {
            return;
        }
        m.Stack.Pop();
        m.Stack.Poke(0, unchecked(offset + size));
        m.DataSpace.CommaCell(offset);
    }
}
