namespace StarForth.Native;

/// <summary>Reading the generated stencil table (NativeStencils.g.cs).</summary>
public static partial class NativeStencils
{
    /// <summary>The bytes of stencil <paramref name="stencil"/>.</summary>
    public static System.ReadOnlySpan<byte> CodeOf(int stencil) => Code.Slice(TableField(stencil, 0), TableField(stencil, 1));

    public static int LengthOf(int stencil) => TableField(stencil, 1);

    public static int HoleCountOf(int stencil) => TableField(stencil, 3);

    /// <summary>Hole <paramref name="index"/> of the stencil: its offset in the stencil and its kind.</summary>
    public static int HoleOffset(int stencil, int index) => UInt16At(Holes, (TableField(stencil, 2) + index) * 3);

    public static NativeHoleKind HoleKind(int stencil, int index) => (NativeHoleKind)Holes[(TableField(stencil, 2) + index) * 3 + 2];

    /// <summary>True when the stencil has a hole of <paramref name="kind"/>.</summary>
    public static bool HasHole(int stencil, NativeHoleKind kind)
    {
        for (int i = 0; i < HoleCountOf(stencil); i++)
        {
            if (HoleKind(stencil, i) == kind)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Cells the stencil checks are on the data stack (0: it makes no such check).</summary>
    public static int NeedsDepth(int stencil) => Effects[stencil * EffectBytes];

    /// <summary>Free data-stack cells the stencil checks for (0: no such check).</summary>
    public static int NeedsRoom(int stencil) => Effects[stencil * EffectBytes + 1];

    /// <summary>How the stencil changes the data stack's depth when it goes on to the next cell.</summary>
    public static int DepthChange(int stencil) => (sbyte)Effects[stencil * EffectBytes + 2];

    /// <summary>The same stencil without its data-stack checks, or -1.</summary>
    public static int UncheckedForm(int stencil) => FormAt(stencil, 3);

    /// <summary>The same stencil with its room check but not its depth check (for where the depth is proved), or -1.</summary>
    public static int RoomCheckedForm(int stencil) => FormAt(stencil, 4);

    private const int EffectBytes = 5;

    private static int FormAt(int stencil, int field) => Effects[stencil * EffectBytes + field] == 0xFF ? -1 : Effects[stencil * EffectBytes + field];

    private static int TableField(int stencil, int field) => UInt16At(Table, (stencil * 4 + field) * 2);

    private static int UInt16At(System.ReadOnlySpan<byte> bytes, int offset) => bytes[offset] | (bytes[offset + 1] << 8);
}
