using System;
using System.Collections.Generic;
using System.IO;
using Iced.Intel;

namespace StarKernel.Stubs;

/// <summary>
/// Assembles all stubs as one Iced block at address 0, so every label's RIP is its .text offset.
/// References to symbols outside the block go through 8-byte address slots at the end of .text,
/// which keeps the relocation story to a single kind (ADDR64) that the COFF writer emits.
/// </summary>
public sealed class NativeModuleBuilder
{
    private readonly Assembler _assembler = new(64);
    private readonly List<(Label Label, string Name, ManagedBinding? Binding)> _functions = new();
    private readonly List<(Label Label, string Name)> _externalSlots = new();
    private readonly List<(Label Table, IReadOnlyList<Label> Targets)> _addressTables = new();
    private readonly List<(string Name, ulong Value)> _dataSymbols = new();
    private readonly List<SharedStruct> _structs = new();
    private readonly List<(Label Label, string Name)> _localLabels = new();

    public Assembler Assembler => _assembler;

    /// <summary>Defines a function symbol at the current position and assembles its body.</summary>
    public void Function(string name, ManagedBinding? binding, Action<Assembler> body)
    {
        Label start = _assembler.CreateLabel(name);
        _assembler.Label(ref start);
        body(_assembler);
        _functions.Add((start, name, binding));
    }

    /// <summary>A label bound to the current position, for code that is not a symbol of its own.</summary>
    public Label Here(string name)
    {
        Label label = _assembler.CreateLabel(name);
        Bind(ref label, name);
        return label;
    }

    /// <summary>Binds a label created earlier (for forward jumps) to the current position, naming it in listings.</summary>
    public void Bind(ref Label label, string name)
    {
        _assembler.Label(ref label);
        _localLabels.Add((label, name));
    }

    /// <summary>A slot the linker fills with the address of <paramref name="externalSymbol"/>.</summary>
    public Label AddressOfExternal(string externalSymbol)
    {
        Label slot = _assembler.CreateLabel("slot_" + externalSymbol);
        _externalSlots.Add((slot, externalSymbol));
        return slot;
    }

    /// <summary>
    /// A table of 8-byte slots, emitted here, that the linker fills with the run-time addresses of
    /// <paramref name="targets"/> (they may be bound later).
    /// </summary>
    public Label AddressTable(string name, IReadOnlyList<Label> targets)
    {
        Label table = Here(name);
        foreach (Label _ in targets)
        {
            _assembler.dq(0UL);
        }
        _addressTables.Add((table, targets));
        return table;
    }

    /// <summary>An 8-byte initialised variable in .data.</summary>
    public void DataQuadword(string name, ulong value) => _dataSymbols.Add((name, value));

    public void Struct(SharedStruct shared) => _structs.Add(shared);

    public NativeModule Build()
    {
        // Slots go after all code; the linker fills them. Label is a struct and binding it
        // records the position in the copy passed by ref, so keep the bound copies.
        var boundExternalSlots = new List<(Label Label, string Name)>();
        foreach ((Label label, string name) in _externalSlots)
        {
            Label bound = label;
            _assembler.Label(ref bound);
            _assembler.dq(0UL);
            boundExternalSlots.Add((bound, name));
        }
        using var stream = new MemoryStream();
        AssemblerResult result = _assembler.Assemble(
            new StreamCodeWriter(stream), 0, BlockEncoderOptions.ReturnNewInstructionOffsets);
        byte[] text = stream.ToArray();

        uint Offset(Label label) => checked((uint)result.GetLabelRIP(label));

        var symbols = new List<DefinedSymbol>();
        foreach ((Label label, string name, ManagedBinding? binding) in _functions)
        {
            symbols.Add(new DefinedSymbol(name, SymbolSection.Text, Offset(label), binding));
        }

        var relocations = new List<AbsoluteAddressSlot>();
        foreach ((Label label, string name) in boundExternalSlots)
        {
            relocations.Add(new AbsoluteAddressSlot(Offset(label), name));
        }
        foreach ((Label table, IReadOnlyList<Label> targets) in _addressTables)
        {
            // COFF relocations add the symbol's address to what the slot holds: store the target's
            // .text offset and relocate against the symbol at offset 0.
            for (int i = 0; i < targets.Count; i++)
            {
                uint slot = Offset(table) + (uint)(i * 8);
                BitConverter.TryWriteBytes(text.AsSpan((int)slot, 8), (ulong)Offset(targets[i]));
                relocations.Add(new AbsoluteAddressSlot(slot, AbsoluteAddressSlot.TextBase));
            }
        }

        byte[] data = new byte[_dataSymbols.Count * 8];
        for (int i = 0; i < _dataSymbols.Count; i++)
        {
            BitConverter.TryWriteBytes(data.AsSpan(i * 8, 8), _dataSymbols[i].Value);
            symbols.Add(new DefinedSymbol(_dataSymbols[i].Name, SymbolSection.Data, (uint)(i * 8), null));
        }

        var labels = new List<LocalLabel>();
        foreach ((Label label, string name) in _localLabels)
        {
            labels.Add(new LocalLabel(name, Offset(label)));
        }

        return new NativeModule(text, data, symbols, relocations, _structs, labels);
    }
}
