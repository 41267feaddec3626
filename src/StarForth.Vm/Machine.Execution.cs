namespace StarForth;

// Raising a THROW from a primitive, and the test words' state.
public sealed unsafe partial class Machine
{
    /// <summary>The name or text the latest error is about (for -13, the unknown word), if any; kept after the reset.</summary>
    public System.ReadOnlySpan<byte> ErrorDetail => throws.Detail;

    /// <summary>Starts a THROW: the first code wins until it is caught or reported.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Throw(int code) => throws.Raise(code);

    /// <summary>Starts a THROW whose message names a word or text in the arena.</summary>
    public void Throw(int code, System.ReadOnlySpan<byte> detail) => throws.Raise(code, detail);

    private PostHarness? tests;

    /// <summary>The state of the test words (T{ -> }T), made on first use; the VM itself does not interpret it.</summary>
    public PostHarness Tests => tests ??= new PostHarness();
}
