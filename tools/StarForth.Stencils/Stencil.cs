using System;
using System.Collections.Generic;
using System.IO;
using Iced.Intel;
using StarForth.Native;

namespace StarForth.Stencils;

/// <summary>A hole of a stencil: where its bytes start and what the native compiler writes there.</summary>
public readonly record struct Hole(int Offset, NativeHoleKind Kind);

/// <summary>
/// One assembled stencil: its bytes, its holes, the offsets of the labels it exports, and its data-stack effect
/// (set with <c>with</c> once the catalog knows it).
/// </summary>
public sealed record Stencil
{
    private Stencil(string name, string purpose, byte[] code, IReadOnlyList<Hole> holes, IReadOnlyList<(string Name, int Offset)> exports)
    {
        Name = name;
        Purpose = purpose;
        Code = code;
        Holes = holes;
        Exports = exports;
    }

    public string Name { get; }

    public string Purpose { get; }

    public byte[] Code { get; }

    public IReadOnlyList<Hole> Holes { get; }

    public IReadOnlyList<(string Name, int Offset)> Exports { get; }

    /// <summary>Cells the stencil checks are on the data stack before it runs (0: no check).</summary>
    public int NeedsDepth { get; init; }

    /// <summary>Free cells the stencil checks the data stack has before it runs (0: no check).</summary>
    public int NeedsRoom { get; init; }

    /// <summary>How the stencil changes the data stack's depth when it goes on to the next cell.</summary>
    public int DepthChange { get; init; }

    /// <summary>The index of the same stencil without its data-stack checks, or -1.</summary>
    public int UncheckedForm { get; init; } = -1;

    /// <summary>The index of the same stencil with its room check but not its depth check, or -1.</summary>
    public int RoomCheckedForm { get; init; } = -1;

    /// <summary>
    /// Assembles at address 0 and finds the holes again by decoding: a jump or call whose target is a
    /// <see cref="StencilCatalog.Jump"/> marker, an immediate equal to a <see cref="StencilCatalog.Imm64"/> or
    /// <see cref="StencilCatalog.Imm32"/> marker. Fails when a marker ended up in a form the compiler cannot patch.
    /// </summary>
    public static Stencil Assemble(string name, string purpose, Action<Assembler, List<(string Name, Label Label)>> body)
    {
        var assembler = new Assembler(64);
        var exportedLabels = new List<(string Name, Label Label)>();
        body(assembler, exportedLabels);
        var stream = new MemoryStream();
        AssemblerResult result = assembler.Assemble(new StreamCodeWriter(stream), 0, BlockEncoderOptions.ReturnNewInstructionOffsets);
        byte[] code = stream.ToArray();
        var exports = new List<(string Name, int Offset)>();
        foreach ((string exportName, Label label) in exportedLabels)
        {
            exports.Add((exportName, (int)result.GetLabelRIP(label)));
        }
        return new Stencil(name, purpose, code, FindHoles(name, code), exports);
    }

    private static List<Hole> FindHoles(string name, byte[] code)
    {
        var holes = new List<Hole>();
        var decoder = Decoder.Create(64, new ByteArrayCodeReader(code));
        while (decoder.IP < (ulong)code.Length)
        {
            Instruction instruction = decoder.Decode();
            ConstantOffsets constants = decoder.GetConstantOffsets(instruction);
            int start = (int)instruction.IP;
            foreach (NativeHoleKind kind in Enum.GetValues<NativeHoleKind>())
            {
                if (IsJump(kind))
                {
                    if ((instruction.IsJccShortOrNear || instruction.IsJmpShortOrNear || instruction.IsCallNear) && instruction.NearBranchTarget == StencilCatalog.Jump(kind))
                    {
                        int displacement = (int)instruction.NextIP - 4;
                        if (instruction.Length < 5 || (long)(int)ImmediateAt(code, displacement, 4) != (long)StencilCatalog.Jump(kind) - (long)instruction.NextIP)
                        {
                            throw new InvalidOperationException($"{name}: the {kind} jump at {start} is not rel32");
                        }
                        holes.Add(new Hole(displacement, kind));
                    }
                }
                else if (constants.HasImmediate && ImmediateAt(code, start + constants.ImmediateOffset, constants.ImmediateSize) == Marker(kind))
                {
                    holes.Add(new Hole(start + constants.ImmediateOffset, kind));
                }
            }
        }
        return holes;
    }

    /// <summary>The kinds that are 32-bit displacements of a jump or call.</summary>
    public static bool IsJump(NativeHoleKind kind) => kind <= NativeHoleKind.ExitReturned || kind == NativeHoleKind.Callee;

    private static ulong Marker(NativeHoleKind kind) =>
        kind <= NativeHoleKind.TransitionCacheCell ? StencilCatalog.Imm64(kind) : (ulong)StencilCatalog.Imm32(kind);

    private static ulong ImmediateAt(byte[] code, int offset, int size)
    {
        ulong value = 0;
        for (int i = size - 1; i >= 0; i--)
        {
            value = (value << 8) | code[offset + i];
        }
        return value;
    }
}
