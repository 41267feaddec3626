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
            long code = machine.OuterInterpreter.InterpretLine(line);
            machine.Output.Flush();
            if (code == ThrowCode.Bye)
            {
                break;
            }
            // QUIT (and COLD, WARM) end the line with THROW -56 after resetting the machine: not an error, as hosted.
            if (code != 0 && code != ThrowCode.Quit)
            {
                ForthErrorReport.Write(machine, "<serial>"u8, lineNumber, code);
                continue;
            }
            KernelLog.Write(" ok\n"u8);
        }
        KernelLog.BeginLine();
        KernelLog.Write("StarKernel: serial REPL ended after ");
        KernelLog.WriteDecimal((ulong)lineNumber);
        KernelLog.WriteLine(" line(s)");
    }

    /// <summary>The test image's kernel commands (Test/); absent from the normal image.</summary>
    static partial void RunTestCommand(ReadOnlySpan<byte> line, ref bool handled);
}
