using System.Runtime;

namespace Internal.Runtime.CompilerHelpers;

/// <summary>
/// GC-mode transitions around native calls and <c>[UnmanagedCallersOnly]</c> entries. There is
/// one thread and no GC, so there is no mode to switch: all are no-ops.
/// </summary>
internal static unsafe class TransitionExports
{
    [RuntimeExport("RhpPInvoke")]
    private static void PInvoke(void* frame)
    {
    }

    [RuntimeExport("RhpPInvokeReturn")]
    private static void PInvokeReturn(void* frame)
    {
    }

    [RuntimeExport("RhpReversePInvoke")]
    private static void ReversePInvoke(void* frame)
    {
    }

    [RuntimeExport("RhpReversePInvokeReturn")]
    private static void ReversePInvokeReturn(void* frame)
    {
    }

    [RuntimeExport("RhpGcPoll")]
    private static void GcPoll()
    {
    }

    [RuntimeExport("RhpFallbackFailFast")]
    private static void FallbackFailFast() => System.Environment.FailFast("RhpFallbackFailFast");
}
