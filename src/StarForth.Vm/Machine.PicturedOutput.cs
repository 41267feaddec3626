namespace StarForth;

// Pictured numeric output (<# # #S HOLD SIGN #>): digits are held right to left in the area just below PAD.
public sealed unsafe partial class Machine
{
    /// <summary>The lowest held character; 0 until <# starts a picture.</summary>
    private long holdPointer;

    private long HoldEnd => ArenaLayout.HoldEnd(Arena.Size);

    private long HoldStart => HoldEnd - ArenaLayout.HoldSize;

    /// <summary>&lt;#: starts an empty picture.</summary>
    public void BeginPicture() => holdPointer = HoldEnd;

    /// <summary>HOLD: prepends a character; -17 when the area is full or no picture was started.</summary>
    public void Hold(byte c)
    {
        if (holdPointer <= HoldStart || holdPointer > HoldEnd)
        {
            Throw(StarForth.ThrowCode.PicturedOutputOverflow);
            return;
        }
        Arena.Start[--holdPointer] = c;
    }

    /// <summary>#&gt;: the picture's address and length.</summary>
    public long PictureAddress(out long length)
    {
        if (holdPointer < HoldStart || holdPointer > HoldEnd)
        {
            length = 0;
            return HoldEnd;
        }
        length = HoldEnd - holdPointer;
        return holdPointer;
    }
}
