using System.Runtime.InteropServices;

namespace System.Runtime.CompilerServices;

/// <summary>Contract with ilc: the static constructor's address, zero once it has run.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct StaticClassConstructionContext
{
    public IntPtr cctorMethodAddress;
}
