using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace StarKernel.Stubs;

/// <summary>
/// Writes a minimal x64 COFF object (the format lld-link reads for Windows/UEFI targets) with
/// two sections, their symbols and ADDR64 relocations. Layout, per the PE/COFF specification:
/// file header, section headers, each section's raw data followed by its relocations, the
/// symbol table, then the string table for names longer than eight bytes.
/// </summary>
public static class CoffObjectWriter
{
    private const ushort MachineAmd64 = 0x8664;
    private const ushort RelocationAmd64Addr64 = 0x0001;
    private const byte StorageClassExternal = 2;
    private const byte StorageClassStatic = 3;
    private const ushort SymbolTypeFunction = 0x20;

    private const uint TextCharacteristics = 0x00000020 /* code */ | 0x00500000 /* align 16 */ | 0x20000000 /* execute */ | 0x40000000 /* read */;
    private const uint DataCharacteristics = 0x00000040 /* initialised data */ | 0x00400000 /* align 8 */ | 0x40000000 /* read */ | 0x80000000 /* write */;

    private const int FileHeaderSize = 20;
    private const int SectionHeaderSize = 40;
    private const int RelocationSize = 10;
    private const int SymbolSize = 18;

    private sealed record Symbol(string Name, short SectionNumber, uint Value, ushort Type, byte StorageClass);

    public static byte[] Write(NativeModule module)
    {
        // Section numbers are 1-based; 0 means "undefined, resolved by the linker".
        const short TextSection = 1;
        const short DataSection = 2;

        var symbols = new List<Symbol> { new(AbsoluteAddressSlot.TextBase, TextSection, 0, 0, StorageClassStatic) };
        foreach (DefinedSymbol defined in module.Symbols)
        {
            bool inText = defined.Section == SymbolSection.Text;
            symbols.Add(new Symbol(defined.Name, inText ? TextSection : DataSection, defined.Offset,
                inText ? SymbolTypeFunction : (ushort)0, StorageClassExternal));
        }
        foreach (string external in module.TextRelocations.Select(r => r.TargetSymbol).Distinct())
        {
            if (!symbols.Any(s => s.Name == external))
            {
                symbols.Add(new Symbol(external, 0, 0, 0, StorageClassExternal));
            }
        }
        int IndexOf(string name) => symbols.FindIndex(s => s.Name == name);

        int textOffset = FileHeaderSize + 2 * SectionHeaderSize;
        int textRelocationsOffset = textOffset + module.Text.Length;
        int dataOffset = textRelocationsOffset + module.TextRelocations.Count * RelocationSize;
        int symbolTableOffset = dataOffset + module.Data.Length;

        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);

        writer.Write(MachineAmd64);
        writer.Write((ushort)2);               // number of sections
        writer.Write(0u);                      // timestamp: 0 keeps the output reproducible
        writer.Write((uint)symbolTableOffset);
        writer.Write((uint)symbols.Count);
        writer.Write((ushort)0);               // no optional header in an object file
        writer.Write((ushort)0);               // characteristics

        var strings = new StringTableBuilder();
        WriteSectionHeader(writer, ".text", module.Text.Length, textOffset, textRelocationsOffset, module.TextRelocations.Count, TextCharacteristics);
        WriteSectionHeader(writer, ".data", module.Data.Length, dataOffset, 0, 0, DataCharacteristics);

        writer.Write(module.Text);
        foreach (AbsoluteAddressSlot slot in module.TextRelocations)
        {
            writer.Write(slot.Offset);
            writer.Write((uint)IndexOf(slot.TargetSymbol));
            writer.Write(RelocationAmd64Addr64);
        }
        writer.Write(module.Data);

        foreach (Symbol symbol in symbols)
        {
            WriteName(writer, symbol.Name, strings);
            writer.Write(symbol.Value);
            writer.Write(symbol.SectionNumber);
            writer.Write(symbol.Type);
            writer.Write(symbol.StorageClass);
            writer.Write((byte)0);             // no auxiliary records
        }
        strings.WriteTo(writer);

        writer.Flush();
        return stream.ToArray();
    }

    private static void WriteSectionHeader(BinaryWriter writer, string name, int size, int dataOffset, int relocationsOffset, int relocationCount, uint characteristics)
    {
        byte[] shortName = new byte[8];
        Encoding.ASCII.GetBytes(name, shortName);
        writer.Write(shortName);
        writer.Write(0u);                      // virtual size: unused in objects
        writer.Write(0u);                      // virtual address: unused in objects
        writer.Write((uint)size);
        writer.Write(size == 0 ? 0u : (uint)dataOffset);
        writer.Write((uint)relocationsOffset);
        writer.Write(0u);                      // no line numbers
        writer.Write(checked((ushort)relocationCount));
        writer.Write((ushort)0);
        writer.Write(characteristics);
    }

    /// <summary>Names up to 8 bytes are stored inline; longer ones as 4 zero bytes + a string-table offset.</summary>
    private static void WriteName(BinaryWriter writer, string name, StringTableBuilder strings)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(name);
        if (bytes.Length <= 8)
        {
            byte[] padded = new byte[8];
            bytes.CopyTo(padded, 0);
            writer.Write(padded);
        }
        else
        {
            writer.Write(0u);
            writer.Write(strings.Add(bytes));
        }
    }

    private sealed class StringTableBuilder
    {
        private readonly MemoryStream _contents = new();

        /// <summary>Returns the offset from the start of the table, whose first 4 bytes are its size.</summary>
        public uint Add(byte[] name)
        {
            uint offset = 4 + (uint)_contents.Length;
            _contents.Write(name);
            _contents.WriteByte(0);
            return offset;
        }

        public void WriteTo(BinaryWriter writer)
        {
            writer.Write(4 + (uint)_contents.Length);
            writer.Write(_contents.ToArray());
        }
    }
}
