using StarForth;
using StarForth.Words;
using StarKernel.Forth;
using StarKernel.Platform;

namespace StarKernel;

internal static partial class Kernel
{
    /// <summary>Boots the shared VM on the kernel's host services and interprets a few lines.</summary>
    static partial void RunForth()
    {
        int status = Machine.Boot(KernelHostServices.Create(), new GeneratedWordSet(), Machine.DefaultArenaSize, out Machine machine);
        KernelLog.Write("StarKernel: forth boot status ");
        KernelLog.WriteDecimal((ulong)status);
        KernelLog.Write(", dictionary hash ");
        KernelLog.WriteHex(machine.BootstrapHashAtRunTime);
        KernelLog.WriteLine("");
        if (status != Machine.BootOk)
        {
            return;
        }
        Interpret(machine, "2 3 + . CR"u8);
        Interpret(machine, ": SQUARE DUP * ; 12 SQUARE . CR"u8);
        Interpret(machine, ": COUNTDOWN 0 5 DO I . -1 +LOOP ; COUNTDOWN CR"u8);
    }

    private static void Interpret(Machine machine, System.ReadOnlySpan<byte> line)
    {
        KernelLog.Write("StarKernel: forth> ");
        KernelLog.Write(line);
        KernelLog.WriteLine("");
        int code = machine.InterpretLine(line);
        machine.Flush();
        if (code != 0)
        {
            KernelLog.Write("StarKernel: forth throw ");
            KernelLog.WriteDecimal((ulong)(long)-code);
            KernelLog.WriteLine("");
        }
    }
}
