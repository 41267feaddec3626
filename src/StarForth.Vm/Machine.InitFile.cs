namespace StarForth;

// INIT: interprets the host's init file line by line (hosted: the `--init FILE` path; StarKernel has none). Lines of
// the form `Block N` are the C init.4th's block headers and are skipped, so a C init file loads as one source text.
// Afterwards FORTH is both CONTEXT and CURRENT, as the C INIT leaves it.
public sealed unsafe partial class Machine
{
    private const int InitLineCapacity = 4096;

    public bool HasInitFile => host.ReadInitFile != null;

    /// <summary>Interprets the init file; -38 when the host has none, -37 when reading fails, -18 for a line over 4 KiB.</summary>
    public void LoadInitFile()
    {
        if (host.ReadInitFile == null)
        {
            Throw(StarForth.ThrowCode.NonExistentFile, "no init file"u8);
            return;
        }
        byte* line = (byte*)Allocate(InitLineCapacity);
        if (line == null)
        {
            Throw(StarForth.ThrowCode.DictionaryOverflow);
            return;
        }
        long offset = 0;
        while (ThrowCode == 0)
        {
            int count = host.ReadInitFile(host.Context, offset, line, InitLineCapacity);
            if (count < 0)
            {
                Throw(offset == 0 ? StarForth.ThrowCode.NonExistentFile : StarForth.ThrowCode.FileIo, "init file"u8);
                break;
            }
            if (count == 0)
            {
                break;
            }
            int length = 0;
            while (length < count && line[length] != (byte)'\n')
            {
                length++;
            }
            if (length == count && count == InitLineCapacity)
            {
                Throw(StarForth.ThrowCode.ParsedStringOverflow);
                break;
            }
            offset += length < count ? length + 1 : length;
            if (length > 0 && line[length - 1] == (byte)'\r')
            {
                length--;
            }
            System.ReadOnlySpan<byte> text = new System.ReadOnlySpan<byte>(line, length);
            if (!IsBlockHeaderLine(text))
            {
                InterpretNested(text);
            }
        }
        FreeBlock(line);
        if (ThrowCode == 0)
        {
            Vocabularies.Context = StarForth.Vocabulary.Forth;
            Vocabularies.Compilation = StarForth.Vocabulary.Forth;
        }
    }

    /// <summary>Interprets host bytes as a nested source (like EVALUATE), copied below the input floor.</summary>
    private void InterpretNested(System.ReadOnlySpan<byte> text)
    {
        long savedFloor = DataSpace.InputFloor;
        long address = DataSpace.ReserveInput(text.Length);
        if (address < 0)
        {
            return;
        }
        for (int i = 0; i < text.Length; i++)
        {
            Arena.Start[address + i] = text[i];
        }
        if (!PushSource(address, text.Length, -1, savedFloor))
        {
            DataSpace.MoveInputFloor(savedFloor);
            return;
        }
        Interpret();
        PopSource();
    }

    /// <summary>`Block` and a decimal number, nothing else: a C init.4th block header.</summary>
    private static bool IsBlockHeaderLine(System.ReadOnlySpan<byte> line)
    {
        if (line.Length < 7 || line[0] != (byte)'B' || line[1] != (byte)'l' || line[2] != (byte)'o' || line[3] != (byte)'c'
            || line[4] != (byte)'k' || line[5] != (byte)' ')
        {
            return false;
        }
        int i = 6;
        while (i < line.Length && line[i] == (byte)' ')
        {
            i++;
        }
        int digits = 0;
        while (i < line.Length && line[i] >= (byte)'0' && line[i] <= (byte)'9')
        {
            i++;
            digits++;
        }
        while (i < line.Length && (line[i] == (byte)' ' || line[i] == (byte)'\t'))
        {
            i++;
        }
        return digits > 0 && i == line.Length;
    }
}
