namespace System.Runtime.CompilerServices;

/// <summary>Named by <c>delegate* unmanaged[Stdcall]</c>; only its name matters.</summary>
public class CallConvStdcall
{
}
