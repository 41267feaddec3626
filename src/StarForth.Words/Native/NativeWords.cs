using System;

namespace StarForth.Words;

/// <summary>Native code from Forth: turn it on and off, ask whether it is on, and show a definition's machine code.</summary>
public static class NativeWords
{
    [ForthWord("NATIVE", "( -- )")]
    public static void Native(Machine m)
    {
        if (!m.SetNativeCode(true))
        {
            m.Throw(ThrowCode.UnsupportedOperation, "NATIVE"u8);
        }
    }

    [ForthWord("-NATIVE", "( -- )")]
    public static void NoNative(Machine m) => m.SetNativeCode(false);

    [ForthWord("NATIVE?", "( -- flag )")]
    public static bool IsNative(Machine m) => m.Native.Enabled;

    /// <summary>
    /// SEE-CODE name: the native code of a colon definition, compiled now if it has none yet, cell by cell: each word
    /// the code runs itself, then its instructions (the host's disassembly, or the bytes). -21 when native code is off.
    /// </summary>
    [ForthWord("SEE-CODE", "( \"name\" -- )")]
    public static void SeeCode(Machine m)
    {
        int wordId = DefiningWords.FindParsedName(m);
        if (wordId < 0)
        {
            return;
        }
        ReadOnlySpan<byte> code = m.Native.CodeOf(wordId, out ulong runAddress);
        if (code.IsEmpty)
        {
            m.Throw(m.WordTable.KindOf(wordId) == WordKind.Colon ? ThrowCode.UnsupportedOperation : ThrowCode.InvalidAddress, m.WordTable.NameOf(wordId));
            return;
        }
        long body = m.WordTable.BodyOf(wordId);
        long end = m.WordTable.BodyEndOf(wordId);
        int from = 0;
        for (long cell = body; cell <= end && from < code.Length; cell += ArenaLayout.CellSize)
        {
            int next = cell < end ? m.Native.OffsetInCode(wordId, cell) : code.Length;
            if (next < from)
            {
                continue; // an operand cell, or a word the interpreter runs: its exit is part of the code before it
            }
            // The code from the previous mapped cell up to this one belongs to that cell (and to any cell the interpreter runs in between).
            WriteInstructions(m, code.Slice(from, next - from), runAddress + (ulong)from);
            if (cell < end)
            {
                m.Output.Type("\\ "u8);
                m.Output.Type(m.WordTable.NameOf((int)m.Arena.FetchCell(cell)));
                m.Output.Emit((byte)'\n');
            }
            from = next;
        }
    }

    private static void WriteInstructions(Machine m, ReadOnlySpan<byte> code, ulong address)
    {
        if (code.IsEmpty)
        {
            return;
        }
        Span<byte> text = stackalloc byte[8192];
        int length = m.DisassembleNative(code, address, text);
        if (length >= 0)
        {
            m.Output.Type(text.Slice(0, length));
            return;
        }
        // No disassembler (StarKernel): the bytes, 16 to a line.
        for (int i = 0; i < code.Length; i++)
        {
            m.Output.Type(i % 16 == 0 ? "  "u8 : " "u8);
            m.Output.Emit(HexDigit(code[i] >> 4));
            m.Output.Emit(HexDigit(code[i] & 15));
            if (i % 16 == 15 || i == code.Length - 1)
            {
                m.Output.Emit((byte)'\n');
            }
        }
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'A' + value - 10);
}
