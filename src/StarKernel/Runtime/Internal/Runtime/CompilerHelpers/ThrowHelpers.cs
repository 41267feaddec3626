using System;
using System.Diagnostics.CodeAnalysis;

namespace Internal.Runtime.CompilerHelpers;

/// <summary>
/// Targets of ilc's implicit checks (bounds, overflow, division, casts) and of the corelib's own
/// argument checks. With no unwinder each one stops the machine with a message.
/// </summary>
internal static class ThrowHelpers
{
    [DoesNotReturn]
    public static void ThrowIndexOutOfRangeException() => Environment.FailFast("index out of range");

    [DoesNotReturn]
    public static void ThrowOverflowException() => Environment.FailFast("arithmetic overflow");

    [DoesNotReturn]
    public static void ThrowDivideByZeroException() => Environment.FailFast("division by zero");

    [DoesNotReturn]
    public static void ThrowNullReferenceException() => Environment.FailFast("null reference");

    [DoesNotReturn]
    public static void ThrowPlatformNotSupportedException() => Environment.FailFast("platform not supported");

    [DoesNotReturn]
    public static void ThrowFeatureBodyRemoved() => Environment.FailFast("feature body removed by ilc");

    [DoesNotReturn]
    public static void ThrowArgumentException() => Environment.FailFast("invalid argument");

    [DoesNotReturn]
    public static void ThrowArgumentOutOfRangeException() => Environment.FailFast("argument out of range");

    [DoesNotReturn]
    public static void ThrowNotImplementedException() => Environment.FailFast("not implemented");

    [DoesNotReturn]
    public static void ThrowInvalidOperationException() => Environment.FailFast("invalid operation");

    [DoesNotReturn]
    public static void ThrowInvalidCastException() => Environment.FailFast("invalid cast");

    [DoesNotReturn]
    public static void ThrowArrayTypeMismatchException() => Environment.FailFast("array type mismatch");

    [DoesNotReturn]
    public static void ThrowInvalidProgramException() => Environment.FailFast("invalid program");

    [DoesNotReturn]
    public static void ThrowInvalidProgramExceptionWithArgument(int id, string methodName) => Environment.FailFast("invalid program");

    [DoesNotReturn]
    public static void ThrowTypeLoadException() => Environment.FailFast("type load failure");

    [DoesNotReturn]
    public static void ThrowMissingMethodException() => Environment.FailFast("missing method");

    [DoesNotReturn]
    public static void ThrowMissingFieldException() => Environment.FailFast("missing field");

    [DoesNotReturn]
    public static void ThrowBadImageFormatException() => Environment.FailFast("bad image format");
}
