namespace StarForth.Words;

/// <summary>Fetching and storing in the arena; every address is checked by the machine (-9 when outside).</summary>
public static class MemoryWords
{
    [ForthWord("@", "( a-addr -- x )")]
    public static void Fetch(Machine m) => m.Poke(0, m.FetchCell(m.Peek()));

    [ForthWord("!", "( x a-addr -- )")]
    public static void Store(Machine m)
    {
        long address = m.Pop();
        long x = m.Pop();
        m.StoreCell(address, x);
    }

    [ForthWord("C@", "( c-addr -- char )")]
    public static void CFetch(Machine m) => m.Poke(0, m.FetchByte(m.Peek()));

    [ForthWord("C!", "( char c-addr -- )")]
    public static void CStore(Machine m)
    {
        long address = m.Pop();
        long c = m.Pop();
        m.StoreByte(address, (byte)c);
    }

    [ForthWord("+!", "( n a-addr -- )")]
    public static void PlusStore(Machine m)
    {
        long address = m.Pop();
        long n = m.Pop();
        m.StoreCell(address, m.FetchCell(address) + n);
    }

    [ForthWord("-!", "( n a-addr -- )")]
    public static void MinusStore(Machine m)
    {
        long address = m.Pop();
        long n = m.Pop();
        m.StoreCell(address, m.FetchCell(address) - n);
    }

    [ForthWord("2@", "( a-addr -- x1 x2 )")]
    public static void TwoFetch(Machine m)
    {
        long address = m.Pop();
        long x2 = m.FetchCell(address);
        long x1 = m.FetchCell(address + ArenaLayout.CellSize);
        m.Push(x1);
        m.Push(x2);
    }

    [ForthWord("2!", "( x1 x2 a-addr -- )")]
    public static void TwoStore(Machine m)
    {
        long address = m.Pop();
        long x2 = m.Pop();
        long x1 = m.Pop();
        if (!m.IsValidRange(address, 2 * ArenaLayout.CellSize))
        {
            m.Throw(ThrowCode.InvalidAddress);
            return;
        }
        m.StoreCell(address, x2);
        m.StoreCell(address + ArenaLayout.CellSize, x1);
    }

    [ForthWord("FILL", "( c-addr u char -- )")]
    public static void Fill(Machine m)
    {
        long c = m.Pop();
        long u = m.Pop();
        long address = m.Pop();
        m.FillBytes(address, u, (byte)c);
    }

    [ForthWord("MOVE", "( addr1 addr2 u -- )")]
    public static void Move(Machine m)
    {
        long u = m.Pop();
        long destination = m.Pop();
        long source = m.Pop();
        m.CopyBytes(source, destination, u);
    }

    [ForthWord("ERASE", "( addr u -- )")]
    public static void Erase(Machine m)
    {
        long u = m.Pop();
        long address = m.Pop();
        m.FillBytes(address, u, 0);
    }

    [ForthWord("CELLS", "( n1 -- n2 )")]
    public static void Cells(Machine m) => m.Poke(0, m.Peek() * ArenaLayout.CellSize);

    [ForthWord("CELL+", "( a-addr1 -- a-addr2 )")]
    public static void CellPlus(Machine m) => m.Poke(0, m.Peek() + ArenaLayout.CellSize);

    [ForthWord("CHAR+", "( c-addr1 -- c-addr2 )")]
    public static void CharPlus(Machine m) => m.Poke(0, m.Peek() + 1);

    /// <summary>Characters are bytes, so CHARS leaves n unchanged (it is not a no-op on other systems).</summary>
    [ForthWord("CHARS", "( n1 -- n2 )")]
    public static void Chars(Machine m) => m.Poke(0, m.Peek());

    [ForthWord("ALIGNED", "( addr -- a-addr )")]
    public static void Aligned(Machine m) => m.Poke(0, Machine.AlignedAddress(m.Peek()));
}
