namespace System.Runtime.CompilerServices;

/// <summary>The modreq Roslyn puts on <c>volatile</c> fields.</summary>
public static class IsVolatile
{
}
