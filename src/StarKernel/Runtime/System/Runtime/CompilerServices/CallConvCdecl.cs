namespace System.Runtime.CompilerServices;

/// <summary>Named by <c>delegate* unmanaged[Cdecl]</c>; only its name matters.</summary>
public class CallConvCdecl
{
}
