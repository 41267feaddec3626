using System.Collections.Generic;
using System.Linq;
using System.Text;
using Iced.Intel;
using StarKernel.Stubs;

namespace StarKernel.Tests;

/// <summary>
/// A reviewable listing of a stub module: every symbol and label, each instruction with its offset
/// and bytes (Iced's NASM formatter), and the linker-filled address slots as <c>dq</c> lines.
/// </summary>
public static class StubListing
{
    public static string Format(NativeModule module)
    {
        var names = new Dictionary<uint, List<string>>();
        void Name(uint offset, string name)
        {
            if (!names.TryGetValue(offset, out List<string>? list))
            {
                names[offset] = list = new List<string>();
            }
            list.Add(name);
        }
        foreach (DefinedSymbol symbol in module.Symbols.Where(s => s.Section == SymbolSection.Text))
        {
            Name(symbol.Offset, symbol.Binding is null ? symbol.Name : $"{symbol.Name}  ; {symbol.Binding.TypeName}.{symbol.Binding.Signature}");
        }
        foreach (LocalLabel label in module.Labels)
        {
            Name(label.Offset, label.Name);
        }
        Dictionary<uint, string> slots = module.TextRelocations.ToDictionary(r => r.Offset, r => r.TargetSymbol);

        var text = new StringBuilder();
        var symbols = new Dictionary<ulong, string>();
        foreach ((uint at, List<string> list) in names)
        {
            symbols[at] = list[^1].Split("  ;")[0];
        }
        foreach ((uint at, string target) in slots)
        {
            symbols.TryAdd(at, "slot(" + (target == AbsoluteAddressSlot.TextBase ? "text" : target) + ")");
        }
        var formatter = new NasmFormatter(new LabelResolver(symbols));
        formatter.Options.FirstOperandCharIndex = 8;
        var output = new StringOutput();
        var reader = new ByteArrayCodeReader(module.Text);
        var decoder = Iced.Intel.Decoder.Create(64, reader);
        uint offset = 0;
        while (offset < module.Text.Length)
        {
            if (names.TryGetValue(offset, out List<string>? labels))
            {
                foreach (string label in labels)
                {
                    text.Append(label).Append(":\n");
                }
            }
            if (slots.TryGetValue(offset, out string? target))
            {
                ulong addend = System.BitConverter.ToUInt64(module.Text, (int)offset);
                string value = target == AbsoluteAddressSlot.TextBase ? LabelAt((uint)addend, names) : target;
                text.Append($"  {offset:X4}  {"",-20}  dq      {value}\n");
                offset += 8;
                continue;
            }
            decoder.IP = offset;
            reader.Position = (int)offset;
            Instruction instruction = decoder.Decode();
            formatter.Format(instruction, output);
            string bytes = string.Concat(module.Text.Skip((int)offset).Take(instruction.Length).Select(b => b.ToString("X2")));
            text.Append($"  {offset:X4}  {bytes,-20}  {output.ToStringAndReset()}\n");
            offset += (uint)instruction.Length;
        }
        foreach (DefinedSymbol symbol in module.Symbols.Where(s => s.Section == SymbolSection.Data))
        {
            text.Append($"{symbol.Name}:  ; .data\n  {symbol.Offset:X4}  dq      0x{System.BitConverter.ToUInt64(module.Data, (int)symbol.Offset):X16}\n");
        }
        return text.ToString();
    }

    /// <summary>Shows branch and RIP-relative targets by name instead of as offsets (never immediates).</summary>
    private sealed class LabelResolver(Dictionary<ulong, string> symbols) : ISymbolResolver
    {
        public bool TryGetSymbol(in Instruction instruction, int operand, int instructionOperand, ulong address, int addressSize, out SymbolResult symbol)
        {
            OpKind kind = instructionOperand < 0 ? OpKind.Immediate64 : instruction.GetOpKind(instructionOperand);
            bool target = kind is OpKind.NearBranch64 || (kind == OpKind.Memory && instruction.IsIPRelativeMemoryOperand);
            if (target && symbols.TryGetValue(address, out string? name))
            {
                symbol = new SymbolResult(address, name);
                return true;
            }
            symbol = default;
            return false;
        }
    }

    private static string LabelAt(uint offset, Dictionary<uint, List<string>> names) =>
        names.TryGetValue(offset, out List<string>? list) ? list[^1] : $"text+0x{offset:X}";
}
