namespace StarForth.Words;

/// <summary>
/// FACILITY EXT keyboard events beyond characters: EKEY>FKEY and the K- constants. A special key's event is
/// <see cref="SpecialKey"/> (bit 30) plus its number in the low byte, with the modifier masks (bits 24..26) or-ed in,
/// so every value lies above the characters EKEY>CHAR accepts and a program can compare <c>K-UP K-SHIFT-MASK OR</c>.
/// EKEY itself reads the host's line-based input, which only ever gives characters; the constants let programs written
/// for real keyboards load, and EKEY>FKEY tells such an event from a character.
/// </summary>
public static class KeyEventWords
{
    private const long SpecialKey = 1L << 30;
    private const long ShiftMask = 1L << 24;
    private const long CtrlMask = 1L << 25;
    private const long AltMask = 1L << 26;

    // Key numbers: the cursor and editing keys 1..10, F1..F12 0x11..0x1C.
    private const long FirstKey = 1;
    private const long LastEditingKey = 10;
    private const long FirstFunctionKey = 0x11;
    private const long LastFunctionKey = 0x1C;

    /// <summary>
    /// A special key (any modifiers) gives itself and true; anything else, such as a character, itself and false.
    /// </summary>
    [ForthWord("EKEY>FKEY", "( x -- u flag )")]
    public static void EKeyToFKey(Machine m)
    {
        long x = m.Stack.Peek();
        if (m.ThrowCode == 0)
        {
            m.Stack.PushFlag(IsSpecialKey(x));
        }
    }

    private static bool IsSpecialKey(long x)
    {
        long key = x & ~(ShiftMask | CtrlMask | AltMask);
        if ((key & ~0xFFL) != SpecialKey)
        {
            return false;
        }
        long number = key & 0xFF;
        return (number >= FirstKey && number <= LastEditingKey) || (number >= FirstFunctionKey && number <= LastFunctionKey);
    }

    [ForthWord("K-UP", "( -- u )")]
    public static void KUp(Machine m) => m.Stack.Push(SpecialKey | 1);

    [ForthWord("K-DOWN", "( -- u )")]
    public static void KDown(Machine m) => m.Stack.Push(SpecialKey | 2);

    [ForthWord("K-LEFT", "( -- u )")]
    public static void KLeft(Machine m) => m.Stack.Push(SpecialKey | 3);

    [ForthWord("K-RIGHT", "( -- u )")]
    public static void KRight(Machine m) => m.Stack.Push(SpecialKey | 4);

    [ForthWord("K-HOME", "( -- u )")]
    public static void KHome(Machine m) => m.Stack.Push(SpecialKey | 5);

    [ForthWord("K-END", "( -- u )")]
    public static void KEnd(Machine m) => m.Stack.Push(SpecialKey | 6);

    [ForthWord("K-PRIOR", "( -- u )")]
    public static void KPrior(Machine m) => m.Stack.Push(SpecialKey | 7);

    [ForthWord("K-NEXT", "( -- u )")]
    public static void KNext(Machine m) => m.Stack.Push(SpecialKey | 8);

    [ForthWord("K-INSERT", "( -- u )")]
    public static void KInsert(Machine m) => m.Stack.Push(SpecialKey | 9);

    [ForthWord("K-DELETE", "( -- u )")]
    public static void KDelete(Machine m) => m.Stack.Push(SpecialKey | LastEditingKey);

    [ForthWord("K-F1", "( -- u )")]
    public static void KF1(Machine m) => PushFunctionKey(m, 1);

    [ForthWord("K-F2", "( -- u )")]
    public static void KF2(Machine m) => PushFunctionKey(m, 2);

    [ForthWord("K-F3", "( -- u )")]
    public static void KF3(Machine m) => PushFunctionKey(m, 3);

    [ForthWord("K-F4", "( -- u )")]
    public static void KF4(Machine m) => PushFunctionKey(m, 4);

    [ForthWord("K-F5", "( -- u )")]
    public static void KF5(Machine m) => PushFunctionKey(m, 5);

    [ForthWord("K-F6", "( -- u )")]
    public static void KF6(Machine m) => PushFunctionKey(m, 6);

    [ForthWord("K-F7", "( -- u )")]
    public static void KF7(Machine m) => PushFunctionKey(m, 7);

    [ForthWord("K-F8", "( -- u )")]
    public static void KF8(Machine m) => PushFunctionKey(m, 8);

    [ForthWord("K-F9", "( -- u )")]
    public static void KF9(Machine m) => PushFunctionKey(m, 9);

    [ForthWord("K-F10", "( -- u )")]
    public static void KF10(Machine m) => PushFunctionKey(m, 10);

    [ForthWord("K-F11", "( -- u )")]
    public static void KF11(Machine m) => PushFunctionKey(m, 11);

    [ForthWord("K-F12", "( -- u )")]
    public static void KF12(Machine m) => PushFunctionKey(m, 12);

    [ForthWord("K-SHIFT-MASK", "( -- u )")]
    public static void KShiftMask(Machine m) => m.Stack.Push(ShiftMask);

    [ForthWord("K-CTRL-MASK", "( -- u )")]
    public static void KCtrlMask(Machine m) => m.Stack.Push(CtrlMask);

    [ForthWord("K-ALT-MASK", "( -- u )")]
    public static void KAltMask(Machine m) => m.Stack.Push(AltMask);

    private static void PushFunctionKey(Machine m, long n) => m.Stack.Push(SpecialKey | (FirstFunctionKey - 1 + n));
}
