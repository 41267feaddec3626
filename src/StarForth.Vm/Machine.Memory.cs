namespace StarForth;

// STATE, kept in its arena cell.
public sealed unsafe partial class Machine
{
    /// <summary>STATE: true while compiling.</summary>
    public bool Compiling
    {
        get => Arena.FetchCellUnchecked(ArenaLayout.StateAddress) != 0;
        set => Arena.StoreCellUnchecked(ArenaLayout.StateAddress, value ? -1 : 0);
    }
}
