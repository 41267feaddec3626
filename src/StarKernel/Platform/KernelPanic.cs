using System.Diagnostics.CodeAnalysis;

namespace StarKernel.Platform;

internal static class KernelPanic
{
    /// <summary>Reports on the serial port (usable in any state) and ends the run as failed.</summary>
    [DoesNotReturn]
    public static void Stop(string message)
    {
        KernelLog.Write("StarKernel: panic: ");
        KernelLog.WriteLine(message);
        SystemPower.Exit(passed: false);
        while (true)
        {
        }
    }
}
