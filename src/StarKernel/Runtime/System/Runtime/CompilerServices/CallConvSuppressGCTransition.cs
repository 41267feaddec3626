namespace System.Runtime.CompilerServices;

/// <summary>Named by <c>delegate* unmanaged[SuppressGCTransition]</c>; only its name matters.</summary>
public class CallConvSuppressGCTransition
{
}
