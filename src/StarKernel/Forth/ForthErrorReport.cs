using System;
using StarForth;
using StarKernel.Platform;

namespace StarKernel.Forth;

/// <summary>An error as the hosted <c>starforth</c> reports it: <c>SOURCE:LINE:COL: error: CODE MESSAGE[: DETAIL]</c>.</summary>
internal static class ForthErrorReport
{
    public static void Write(Machine machine, ReadOnlySpan<byte> source, int lineNumber, long code)
    {
        if (machine.InputSources.HasErrorPlaceFor(code))
        {
            // The error happened in a file the line included: its own place.
            KernelLog.Write(machine.InputSources.ErrorFileName);
            KernelLog.Write(":");
            KernelLog.WriteSigned(machine.InputSources.ErrorLineNumber);
            KernelLog.Write(":");
            KernelLog.WriteSigned(machine.InputSources.ErrorColumn);
        }
        else
        {
            KernelLog.Write(source);
            KernelLog.Write(":");
            KernelLog.WriteDecimal((ulong)lineNumber);
            KernelLog.Write(":");
            KernelLog.WriteSigned(machine.OuterInterpreter.TokenStart + 1);
        }
        KernelLog.Write(": error: ");
        KernelLog.WriteSigned(code);
        KernelLog.Write(" ");
        ReadOnlySpan<byte> text = ThrowCode.Describe(code);
        KernelLog.Write(text.Length == 0 ? "uncaught THROW"u8 : text);
        if (machine.ErrorDetail.Length > 0)
        {
            KernelLog.Write(": "u8);
            KernelLog.Write(machine.ErrorDetail);
        }
        KernelLog.Write("\n"u8);
    }
}
