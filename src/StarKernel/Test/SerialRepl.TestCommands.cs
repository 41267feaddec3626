using System;
using StarKernel.Platform;
using StarKernel.Test;

namespace StarKernel.Forth;

/// <summary>
/// Kernel commands the test image's REPL understands before Forth sees the line. They are not
/// Forth words: adding words would change the dictionary and its canonical hash.
/// </summary>
internal static partial class SerialRepl
{
    static partial void RunTestCommand(ReadOnlySpan<byte> line, ref bool handled)
    {
        if (Matches(line, "#fault divide-by-zero"u8))
        {
            handled = true;
            FaultInjection.DivideInMachineCode();
        }
        else if (Matches(line, "#fault stack-overflow"u8))
        {
            handled = true;
            FaultInjection.OverflowTheStack();
        }
        else if (Matches(line, "#fault guard-page"u8))
        {
            handled = true;
            FaultInjection.TouchArenaGuardPage();
        }
    }

    private static bool Matches(ReadOnlySpan<byte> line, ReadOnlySpan<byte> command)
    {
        if (line.Length != command.Length)
        {
            return false;
        }
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] != command[i])
            {
                return false;
            }
        }
        return true;
    }
}
