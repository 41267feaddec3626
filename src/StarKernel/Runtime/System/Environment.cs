using System.Diagnostics.CodeAnalysis;

namespace System;

public static partial class Environment
{
    /// <summary>Reports <paramref name="message"/> and stops the machine; the platform file says how.</summary>
    [DoesNotReturn]
    public static void FailFast(string? message)
    {
        FailFastCore(message);
    }

    [DoesNotReturn]
    private static partial void FailFastCore(string? message);
}
