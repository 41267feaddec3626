namespace System.Runtime.CompilerServices;

/// <summary>Named by <c>delegate* unmanaged[Thiscall]</c>; only its name matters.</summary>
public class CallConvThiscall
{
}
