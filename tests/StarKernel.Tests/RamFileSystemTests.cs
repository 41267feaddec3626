using System;
using System.IO;
using Xunit;

namespace StarKernel.Tests;

/// <summary>
/// The kernel's RAM file system: the boot disk's files, seeded before the REPL, are what INCLUDE and the FILE words
/// read; boot.fs includes a second file as the hosted starforth does, and files written at the REPL last until reset.
/// </summary>
[Collection(QemuCollection.Name)]
public sealed class RamFileSystemTests
{
    private static readonly Lazy<string> Files = new(() =>
    {
        string folder = Path.Combine(Path.GetTempPath(), "starkernel-ram-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "boot.fs"), ".( boot ) CR\nINCLUDE lib.fs\n3 CUBE . CR\n");
        File.WriteAllText(Path.Combine(folder, "lib.fs"), ": CUBE ( n -- n^3 ) DUP DUP * * ;\n.( lib ) CR\n");
        return folder;
    });

    private const string Repl = "INCLUDE lib.fs 2 CUBE .\n"
        + "S\" new.fs\" W/O CREATE-FILE THROW VALUE F\n"
        + "S\" 6 7 * .\" F WRITE-LINE THROW F CLOSE-FILE THROW\n"
        + "INCLUDE new.fs\n";

    private static KernelBoot Session => KernelBoot.Normal(Repl, Files.Value);

    [Fact]
    public void BootFsIncludesAnotherFileOfTheBootDiskLikeTheHostedStarforth()
    {
        Assert.Equal(HostedStarforth.RunFile(Files.Value, "boot.fs"), Session.BootProgramOutput);
        Assert.Equal("boot \nlib \n27 \n", Session.BootProgramOutput);
    }

    [Fact]
    public void TheSerialReplIncludesFilesAndReadsBackWhatItWrote()
    {
        Assert.Equal("lib \n8  ok\n ok\n ok\n42  ok\n", Session.ReplOutput);
        Assert.Equal(KernelBoot.PassStatus, Session.QemuStatus);
    }
}
