namespace StarForth.Words;

/// <summary>Fetching and storing in the arena; every address is checked by the machine (-9 when outside).</summary>
public static class MemoryWords
{
    [ForthWord("@", "( a-addr -- x )")]
    public static long Fetch(Machine m, long address) => m.Arena.FetchCell(address);

    [ForthWord("!", "( x a-addr -- )")]
    public static void Store(Machine m, long x, long address) => m.Arena.StoreCell(address, x);

    [ForthWord("C@", "( c-addr -- char )")]
    public static long CFetch(Machine m, long address) => m.Arena.FetchByte(address);

    [ForthWord("C!", "( char c-addr -- )")]
    public static void CStore(Machine m, long c, long address) => m.Arena.StoreByte(address, (byte)c);

    [ForthWord("+!", "( n a-addr -- )")]
    public static void PlusStore(Machine m, long n, long address)
    {
        long x = m.Arena.FetchCell(address);
        m.Arena.StoreCell(address, unchecked(x + n));
    }

    [ForthWord("-!", "( n a-addr -- )")]
    public static void MinusStore(Machine m, long n, long address)
    {
        long x = m.Arena.FetchCell(address);
        m.Arena.StoreCell(address, unchecked(x - n));
    }

    [ForthWord("2@", "( a-addr -- x1 x2 )")]
    public static void TwoFetch(Machine m)
    {
        long address = m.Stack.Pop();
        long x2 = m.Arena.FetchCell(address);
        long x1 = m.Arena.FetchCell(address + ArenaLayout.CellSize);
        m.Stack.Push(x1);
        m.Stack.Push(x2);
    }

    [ForthWord("2!", "( x1 x2 a-addr -- )")]
    public static void TwoStore(Machine m)
    {
        long address = m.Stack.Pop();
        long x2 = m.Stack.Pop();
        long x1 = m.Stack.Pop();
        if (!m.Arena.IsStorableRange(address, 2 * ArenaLayout.CellSize))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        m.Arena.StoreCell(address, x2);
        m.Arena.StoreCell(address + ArenaLayout.CellSize, x1);
    }

    [ForthWord("FILL", "( c-addr u char -- )")]
    public static void Fill(Machine m)
    {
        long c = m.Stack.Pop();
        long u = m.Stack.Pop();
        long address = m.Stack.Pop();
        m.Arena.FillBytes(address, u, (byte)c);
    }

    [ForthWord("MOVE", "( addr1 addr2 u -- )")]
    public static void Move(Machine m)
    {
        long u = m.Stack.Pop();
        long destination = m.Stack.Pop();
        long source = m.Stack.Pop();
        m.Arena.CopyBytes(source, destination, u);
    }

    [ForthWord("ERASE", "( addr u -- )")]
    public static void Erase(Machine m)
    {
        long u = m.Stack.Pop();
        long address = m.Stack.Pop();
        m.Arena.FillBytes(address, u, 0);
    }

    [ForthWord("CELLS", "( n1 -- n2 )")]
    public static long Cells(long n1) => unchecked(n1 * ArenaLayout.CellSize);

    [ForthWord("CELL+", "( a-addr1 -- a-addr2 )")]
    public static long CellPlus(long address) => unchecked(address + ArenaLayout.CellSize);

    [ForthWord("CHAR+", "( c-addr1 -- c-addr2 )")]
    public static long CharPlus(long address) => unchecked(address + 1);

    /// <summary>Characters are bytes, so CHARS leaves n unchanged (it is not a no-op on other systems).</summary>
    [ForthWord("CHARS", "( n1 -- n2 )")]
    public static long Chars(long n1) => n1;

    [ForthWord("ALIGNED", "( addr -- a-addr )")]
    public static long Aligned(long address) => Arena.AlignedAddress(address);
}
