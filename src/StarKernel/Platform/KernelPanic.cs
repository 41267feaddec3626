using System.Diagnostics.CodeAnalysis;

namespace StarKernel.Platform;

internal static class KernelPanic
{
    /// <summary>Reports on the serial port (usable in any state) and powers off.</summary>
    [DoesNotReturn]
    public static void Stop(string message)
    {
        KernelLog.Write("StarKernel: panic: ");
        KernelLog.WriteLine(message);
        SystemPower.PowerOff();
        while (true)
        {
        }
    }
}
