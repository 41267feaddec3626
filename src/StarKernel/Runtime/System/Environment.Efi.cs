using StarKernel.Platform;

namespace System;

public static partial class Environment
{
    private static partial void FailFastCore(string? message) => KernelPanic.Stop(message ?? "FailFast");
}
