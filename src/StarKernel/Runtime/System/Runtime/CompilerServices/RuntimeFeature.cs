namespace System.Runtime.CompilerServices;

/// <summary>Roslyn checks for these names to allow ref fields, function-pointer calling conventions and nint as IntPtr.</summary>
public static class RuntimeFeature
{
    public const string ByRefFields = nameof(ByRefFields);
    public const string UnmanagedSignatureCallingConvention = nameof(UnmanagedSignatureCallingConvention);
    public const string NumericIntPtr = nameof(NumericIntPtr);
    public const string DefaultImplementationsOfInterfaces = nameof(DefaultImplementationsOfInterfaces);
}
