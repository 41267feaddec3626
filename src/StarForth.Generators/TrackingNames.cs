namespace StarForth.Generators;

/// <summary>Names of the pipeline steps, so tests can see which ones re-ran after an edit.</summary>
public static class TrackingNames
{
    public const string Declarations = nameof(Declarations);
    public const string AllDeclarations = nameof(AllDeclarations);
    public const string LockText = nameof(LockText);
    public const string ShippedLockText = nameof(ShippedLockText);
    public const string Dictionary = nameof(Dictionary);
    public const string PostFiles = nameof(PostFiles);
    public const string FusedPairs = nameof(FusedPairs);
}
