using System;

namespace Internal.Runtime.CompilerHelpers;

/// <summary>Required by ilc once RuntimeHelpers.CreateSpan exists; never called at run time.</summary>
internal static class LdTokenHelpers
{
    private static RuntimeTypeHandle GetRuntimeTypeHandle(IntPtr pEEType) => default;

    private static RuntimeMethodHandle GetRuntimeMethodHandle(IntPtr pHandleSignature) => default;

    private static RuntimeFieldHandle GetRuntimeFieldHandle(IntPtr pHandleSignature) => default;
}
