namespace System.Runtime.CompilerServices;

/// <summary>Marks <c>init</c> accessors (and therefore records and positional properties).</summary>
public static class IsExternalInit
{
}
