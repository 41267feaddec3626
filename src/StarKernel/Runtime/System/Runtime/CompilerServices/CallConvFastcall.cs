namespace System.Runtime.CompilerServices;

/// <summary>Named by <c>delegate* unmanaged[Fastcall]</c>; only its name matters.</summary>
public class CallConvFastcall
{
}
