namespace System.Runtime.CompilerServices;

/// <summary>Named by <c>delegate* unmanaged[MemberFunction]</c>; only its name matters.</summary>
public class CallConvMemberFunction
{
}
