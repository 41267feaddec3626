using System;
using StarForth;
using StarKernel.Platform;

namespace StarKernel.Forth;

/// <summary>
/// <c>boot.fs</c> from the boot disk's <c>\starforth</c> folder, interpreted line by line before the serial REPL, as
/// hosted <c>starforth boot.fs</c> interprets it: the first error is reported and ends the file.
/// </summary>
internal static class BootProgram
{
    public const string BeginLine = "StarKernel: boot.fs begins";

    /// <summary>Runs boot.fs if the boot disk has one; false when it ended with BYE (no REPL then).</summary>
    public static bool Run(Machine machine)
    {
        KernelLog.Write("StarKernel: boot disk ");
        KernelLog.Write(BootFiles.FolderName);
        KernelLog.Write(": ");
        KernelLog.WriteDecimal((ulong)BootFiles.Count);
        KernelLog.Write(" file(s), ");
        KernelLog.WriteDecimal(BootFiles.Bytes);
        KernelLog.Write(" bytes, ");
        KernelLog.WriteDecimal((ulong)BootFiles.Skipped);
        KernelLog.WriteLine(" skipped");
        if (!BootFiles.TryFind("boot.fs"u8, out ReadOnlySpan<byte> text))
        {
            return true;
        }
        KernelLog.WriteLine(BeginLine);
        int lineNumber = 0;
        bool goOn = true;
        while (text.Length > 0)
        {
            int end = LineEnd(text);
            ReadOnlySpan<byte> line = end < 0 ? text : text.Slice(0, end);
            text = end < 0 ? default : text.Slice(end + 1);
            if (line.Length > 0 && line[line.Length - 1] == (byte)'\r')
            {
                line = line.Slice(0, line.Length - 1);
            }
            lineNumber++;
            long code = machine.OuterInterpreter.InterpretLine(line);
            machine.Output.Flush();
            if (code == ThrowCode.Bye)
            {
                goOn = false;
                break;
            }
            if (code != 0 && code != ThrowCode.Quit)
            {
                ForthErrorReport.Write(machine, "boot.fs"u8, lineNumber, code);
                break;
            }
        }
        KernelLog.BeginLine();
        KernelLog.Write("StarKernel: boot.fs ended after ");
        KernelLog.WriteDecimal((ulong)lineNumber);
        KernelLog.WriteLine(" line(s)");
        return goOn;
    }

    private static int LineEnd(ReadOnlySpan<byte> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                return i;
            }
        }
        return -1;
    }
}
