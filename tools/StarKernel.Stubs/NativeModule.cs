using System.Collections.Generic;

namespace StarKernel.Stubs;

/// <summary>
/// Everything the COFF writer and the C# bindings writer need: the assembled bytes of the two
/// sections, the symbols they define, the absolute-address slots the linker must fill, and the
/// C# structs whose layout the machine code depends on.
/// </summary>
/// <param name="Text">Code plus read-only tables (.text). Tables live here so that references to
/// them are RIP-relative within one section.</param>
/// <param name="Data">Writable data (.data), e.g. <c>__security_cookie</c>.</param>
public sealed record NativeModule(
    byte[] Text,
    byte[] Data,
    IReadOnlyList<DefinedSymbol> Symbols,
    IReadOnlyList<AbsoluteAddressSlot> TextRelocations,
    IReadOnlyList<SharedStruct> Structs,
    IReadOnlyList<LocalLabel> Labels);

public enum SymbolSection
{
    Text,
    Data,
}

/// <param name="Name">Linker-visible name.</param>
/// <param name="Offset">Offset of the symbol within its section.</param>
/// <param name="Binding">How C# calls it; null for symbols only the linker (or ilc-generated code) uses.</param>
public sealed record DefinedSymbol(string Name, SymbolSection Section, uint Offset, ManagedBinding? Binding);

/// <summary>A named position in Text that is not a linker symbol (an interrupt entry, a table), for listings.</summary>
public sealed record LocalLabel(string Name, uint Offset);

/// <summary>A C# <c>extern</c> method bound to a stub through <c>[RuntimeImport]</c>.</summary>
/// <param name="TypeName">Full name of the static class that declares it.</param>
/// <param name="Signature">C# return type, name and parameters, e.g. <c>void OutByte(ushort port, byte value)</c>.</param>
/// <param name="Summary">One line for the generated doc comment.</param>
public sealed record ManagedBinding(string TypeName, string Signature, string Summary);

/// <param name="Offset">Offset in Text of the 8-byte slot.</param>
/// <param name="TargetSymbol">Symbol whose address the linker adds to the slot's contents: an
/// external symbol (slot holds 0) or <see cref="TextBase"/> (slot holds a Text offset).</param>
public sealed record AbsoluteAddressSlot(uint Offset, string TargetSymbol)
{
    /// <summary>Local symbol at Text offset 0, used to relocate intra-Text addresses.</summary>
    public const string TextBase = "$StarKernelStubsText";
}

/// <summary>A sequential C# struct that mirrors memory the machine code lays out.</summary>
/// <param name="Fields">C# type and name of each field, lowest address first.</param>
public sealed record SharedStruct(string TypeName, string Summary, IReadOnlyList<(string Type, string Name)> Fields);
