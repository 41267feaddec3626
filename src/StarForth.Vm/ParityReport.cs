namespace StarForth;

/// <summary>
/// The PARITY lines both builds print, byte for byte the same (docs/parity.md):
/// <code>
/// PARITY:M7.1a word_count=N here=0xHEX latest_id=N hash=0x16HEXDIGITS
/// PARITY:M7.1b tests=N pass=N fail=N skip=N err=N
/// PARITY:WINDOW words_executed=N hash=0x16HEXDIGITS
/// </code>
/// </summary>
public static class ParityReport
{
    public static void WriteDictionaryLine(Machine m)
    {
        m.Output.Type("PARITY:M7.1a word_count="u8);
        m.Output.TypeDecimal(m.WordTable.WordCount);
        m.Output.Type(" here=0x"u8);
        WriteHex(m, (ulong)m.DataSpace.Here, 1);
        m.Output.Type(" latest_id="u8);
        m.Output.TypeDecimal(m.WordTable.LatestWordId);
        m.Output.Type(" hash=0x"u8);
        WriteHex(m, m.Dictionary.ComputeHash(), 16);
        m.Output.Emit((byte)'\n');
    }

    public static void WriteTestLine(Machine m, int tests, int passed, int failed, int skipped, int errors)
    {
        m.Output.Type("PARITY:M7.1b tests="u8);
        m.Output.TypeDecimal(tests);
        m.Output.Type(" pass="u8);
        m.Output.TypeDecimal(passed);
        m.Output.Type(" fail="u8);
        m.Output.TypeDecimal(failed);
        m.Output.Type(" skip="u8);
        m.Output.TypeDecimal(skipped);
        m.Output.Type(" err="u8);
        m.Output.TypeDecimal(errors);
        m.Output.Emit((byte)'\n');
    }

    public static void WriteWindowLine(Machine m)
    {
        m.Output.Type("PARITY:WINDOW words_executed="u8);
        m.Output.TypeDecimal(m.Profile.WordsExecuted);
        m.Output.Type(" hash=0x"u8);
        WriteHex(m, m.Profile.ComputeWindowHash(), 16);
        m.Output.Emit((byte)'\n');
    }

    /// <summary>Upper-case hex with at least <paramref name="minimumDigits"/> digits.</summary>
    public static void WriteHex(Machine m, ulong value, int minimumDigits)
    {
        System.Span<byte> digits = stackalloc byte[16];
        int count = Output.FormatNumber((long)value, signed: false, 16, digits);
        for (int i = count; i < minimumDigits; i++)
        {
            m.Output.Emit((byte)'0');
        }
        m.Output.Type(digits.Slice(digits.Length - count));
    }
}
