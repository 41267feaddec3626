using System;
using StarForth;
using StarKernel.Platform;

namespace StarKernel.Forth;

/// <summary>
/// The serial console: reads lines from COM1 and interprets them until BYE or end of input,
/// printing " ok" after each line that succeeded and reporting errors like the hosted
/// <c>starforth</c> does (<c>&lt;serial&gt;:LINE:COL: error: CODE MESSAGE</c>).
/// </summary>
internal static partial class SerialRepl
{
    public const string ReadyLine = "StarKernel: serial REPL (BYE or Ctrl-D ends it)";

    /// <summary>
    /// QUIT (and COLD, WARM) end the line with THROW -56 after resetting the machine: not an error, as in
    /// the hosted ForthSession. (ANS code; ThrowCode.Quit where the VM defines it.)
    /// </summary>
    private const int QuitCode = -56;

    public static void Run(Machine machine)
    {
        KernelLog.WriteLine(ReadyLine);
        int lineNumber = 0;
        while (SerialLineReader.TryReadLine(out ReadOnlySpan<byte> line))
        {
            lineNumber++;
            bool handled = false;
            RunTestCommand(line, ref handled);
            if (handled)
            {
                continue;
            }
            long code = machine.InterpretLine(line);
            machine.Flush();
            if (code == ThrowCode.Bye)
            {
                break;
            }
            if (code != 0 && code != QuitCode)
            {
                ReportError(machine, code, lineNumber);
                continue;
            }
            KernelLog.Write(" ok\n"u8);
        }
        KernelLog.BeginLine();
        KernelLog.Write("StarKernel: serial REPL ended after ");
        KernelLog.WriteDecimal((ulong)lineNumber);
        KernelLog.WriteLine(" line(s)");
    }

    private static void ReportError(Machine machine, long code, int lineNumber)
    {
        KernelLog.Write("<serial>:");
        KernelLog.WriteDecimal((ulong)lineNumber);
        KernelLog.Write(":");
        KernelLog.WriteSigned(machine.TokenStart + 1);
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

    /// <summary>The test image's kernel commands (Test/); absent from the normal image.</summary>
    static partial void RunTestCommand(ReadOnlySpan<byte> line, ref bool handled);
}
