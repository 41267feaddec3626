namespace StarForth;

/// <summary>
/// The THROW in progress: its code and, for messages, the word or text it is about. Every part that can fail holds
/// this one object and records the failure here, then returns; no .NET exception is thrown anywhere in the VM.
/// </summary>
/// <remarks>
/// The <see cref="InnerInterpreter"/>, which hands a THROW to its CATCH, is the one ThrowState; the other parts see it
/// through this narrow type. Being the same object keeps the check after a primitive that may THROW at one load from
/// the register the inner loop holds.
/// </remarks>
public abstract unsafe class ThrowState
{
    private const int DetailCapacity = 64;

    private byte* detail;
    private int detailLength;

    /// <summary>The THROW code of the failure in progress, or 0: any cell, as THROW takes all 64 bits.</summary>
    public long Code;

    /// <summary>The name or text the latest error is about (for -13, the unknown word), if any; kept after the reset.</summary>
    public System.ReadOnlySpan<byte> Detail => new System.ReadOnlySpan<byte>(detail, detailLength);

    internal bool Allocate(HostServices host)
    {
        detail = (byte*)host.Allocate(host.Context, DetailCapacity);
        return detail != null;
    }

    internal void Release(HostServices host)
    {
        host.FreeBlock(detail);
        detail = null;
    }

    /// <summary>Starts a THROW: the first code wins until it is caught or reported.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Raise(long code)
    {
        if (Code == 0)
        {
            Code = code;
            detailLength = 0;
        }
    }

    /// <summary>Starts a THROW whose message names a word or text in the arena.</summary>
    public void Raise(long code, System.ReadOnlySpan<byte> text)
    {
        if (Code != 0)
        {
            return;
        }
        int length = text.Length < DetailCapacity ? text.Length : DetailCapacity;
        for (int i = 0; i < length; i++)
        {
            detail[i] = text[i];
        }
        detailLength = length;
        Code = code;
    }

    /// <summary>
    /// The THROW was caught: no code. The detail stays until the next THROW, so a handler (or a test) can still read
    /// what was thrown, such as the message of a caught ABORT".
    /// </summary>
    public void Clear() => Code = 0;
}
