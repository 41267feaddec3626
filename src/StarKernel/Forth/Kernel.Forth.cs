using StarForth;
using StarForth.Words;
using StarKernel.Forth;
using StarKernel.Memory;
using StarKernel.Platform;

namespace StarKernel;

internal static partial class Kernel
{
    /// <summary>
    /// Boots the shared VM on the kernel's host services, prints the dictionary's parity line (the test image then
    /// runs the POST around it, like hosted <c>starforth --parity</c>), interprets a few lines, runs the boot disk's
    /// boot.fs if there is one, then serves the serial REPL.
    /// </summary>
    static partial void RunForth()
    {
        ulong freeBefore = KernelMemory.Pages.FreePages;
        ulong tablesBefore = KernelMemory.Space.TablePages;
        WordSet words = new GeneratedWordSet();
        ChooseWordSet(ref words);
        int status = Machine.Boot(KernelHostServices.Create(), words, Machine.DefaultArenaSize, out Machine machine);
        // Colon definitions run as native code, as in the hosted build (--native on); the PARITY lines do not change.
        if (status == Machine.BootOk && !machine.SetNativeCode(true))
        {
            KernelLog.WriteLine("StarKernel: native code unavailable; every word is interpreted");
        }
        KernelLog.Write("StarKernel: forth boot status ");
        KernelLog.WriteDecimal((ulong)status);
        KernelLog.Write(", dictionary hash ");
        KernelLog.WriteHex(machine.Dictionary.BootstrapHash);
        KernelLog.WriteLine("");
        if (status != Machine.BootOk)
        {
            KernelPanic.Stop("the Forth machine did not boot");
        }
        // First, before any line runs: the dictionary exactly as bootstrap left it, comparable with the hosted build.
        ParityReport.WriteDictionaryLine(machine);
        machine.Output.Flush();
        RunPowerOnSelfTest(machine);
        Interpret(machine, "2 3 + . CR"u8);
        Interpret(machine, ": SQUARE DUP * ; 12 SQUARE . CR"u8);
        Interpret(machine, ": COUNTDOWN 0 5 DO I . -1 +LOOP ; COUNTDOWN CR"u8);
        RunSelfTest();

        if (BootProgram.Run(machine))
        {
            SerialRepl.Run(machine);
        }

        KernelLog.Write("StarKernel: native code: ");
        KernelLog.WriteDecimal((ulong)machine.Native.CompiledCount);
        KernelLog.Write(" definitions compiled, ");
        KernelLog.WriteDecimal((ulong)machine.Native.CodeBytes);
        KernelLog.WriteLine(" bytes");

        // Page tables made for the arena window stay (they are reused by the next mapping).
        machine.Release();
        ulong tablesKept = KernelMemory.Space.TablePages - tablesBefore;
        ulong freeAfter = KernelMemory.Pages.FreePages;
        KernelLog.Write("StarKernel: forth released; ");
        KernelLog.WriteDecimal(freeAfter + tablesKept);
        KernelLog.Write(" of ");
        KernelLog.WriteDecimal(freeBefore);
        KernelLog.Write(" pages back (");
        KernelLog.WriteDecimal(tablesKept);
        KernelLog.WriteLine(freeAfter + tablesKept == freeBefore ? " page-table pages kept): all returned" : " page-table pages kept): LEAK");
    }

    private static void Interpret(Machine machine, System.ReadOnlySpan<byte> line)
    {
        KernelLog.Write("StarKernel: forth> ");
        KernelLog.Write(line);
        KernelLog.WriteLine("");
        long code = machine.OuterInterpreter.InterpretLine(line);
        machine.Output.Flush();
        if (code != 0)
        {
            KernelLog.Write("StarKernel: forth throw ");
            KernelLog.WriteSigned(code);
            KernelLog.WriteLine("");
        }
    }

    /// <summary>The test image's boot option <c>parity-break=NAME</c> (Test/ParityBreak.cs); absent from the normal image.</summary>
    static partial void ChooseWordSet(ref WordSet words);

    /// <summary>
    /// The test image's POST in parity mode: M7.1b and WINDOW after the M7.1a line, then the check that the POST left
    /// the dictionary as it found it (Test/); absent from the normal image.
    /// </summary>
    static partial void RunPowerOnSelfTest(Machine machine);

    /// <summary>The test image's checks of memory, paging and the arena (Test/); absent from the normal image.</summary>
    static partial void RunSelfTest();
}
