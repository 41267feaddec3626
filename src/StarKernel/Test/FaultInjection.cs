using StarKernel.Memory;
using StarKernel.Platform;

namespace StarKernel.Test;

/// <summary>Faults on purpose, to prove the exception handlers report and end the run (test image only).</summary>
internal static unsafe partial class FaultInjection
{
    /// <summary><c>div</c> by zero in machine code (the Iced test stub): #DE, vector 0.</summary>
    public static void DivideInMachineCode()
    {
        KernelLog.WriteLine("StarKernel: fault injection: div by zero in machine code");
        uint quotient = DivideByZero();
        KernelLog.Write("StarKernel: div by zero returned ");
        KernelLog.WriteDecimal(quotient);
        KernelLog.WriteLine(" (no fault!)");
    }

    /// <summary>
    /// Recurses until the kernel stack runs into its guard page: the page fault cannot push its
    /// frame there either, so the CPU raises a double fault, reported from the IST1 stack.
    /// </summary>
    public static void OverflowTheStack()
    {
        KernelLog.WriteLine("StarKernel: fault injection: unbounded recursion on the kernel stack");
        ulong depth = Recurse(0);
        KernelLog.Write("StarKernel: recursion returned ");
        KernelLog.WriteDecimal(depth);
        KernelLog.WriteLine(" (no fault!)");
    }

    private static ulong Recurse(ulong depth)
    {
        byte* frame = stackalloc byte[512];
        frame[0] = (byte)depth;
        return Recurse(depth + 1) + frame[0];
    }

    /// <summary>Reads the first byte past the VM arena: the unmapped guard page, #PF with CR2 = that address.</summary>
    public static void TouchArenaGuardPage()
    {
        ulong end = KernelMemory.ArenaBase + KernelMemory.Arenas.MappedPagesAt(KernelMemory.ArenaBase) * PhysicalPageAllocator.PageSize;
        KernelLog.Write("StarKernel: fault injection: reading the guard page at ");
        KernelLog.WriteHex(end);
        KernelLog.WriteLine("");
        byte value = *(byte*)end;
        KernelLog.Write("StarKernel: guard page read returned ");
        KernelLog.WriteDecimal(value);
        KernelLog.WriteLine(" (no fault!)");
    }
}
