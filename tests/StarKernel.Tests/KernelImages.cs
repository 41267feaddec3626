using System.IO;
using System.Linq;
using System.Reflection;

namespace StarKernel.Tests;

/// <summary>Where the solution build put the kernel images (src/StarKernel/bin/CONFIGURATION/...).</summary>
public static class KernelImages
{
    public static string KernelDirectory => Metadata("StarKernelDirectory");

    public static string BootScript => Path.Combine(KernelDirectory, "boot.sh");

    public static string Configuration => Metadata("StarKernelConfiguration");

    public static string NormalOutput => Path.Combine(KernelDirectory, "bin", Configuration, "net10.0");

    public static string TestOutput => Path.Combine(KernelDirectory, "bin", Configuration, "test", "net10.0");

    public static string NormalImage => Path.Combine(NormalOutput, "StarKernel.efi");

    public static string TestImage => Path.Combine(TestOutput, "StarKernel.Test.efi");

    private static string Metadata(string key) =>
        typeof(KernelImages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
