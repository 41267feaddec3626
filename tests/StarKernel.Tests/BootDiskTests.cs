using System;
using System.IO;
using Xunit;

namespace StarKernel.Tests;

/// <summary>
/// Programs on the boot disk: the kernel copies \starforth into memory before ExitBootServices and runs boot.fs before
/// the serial REPL, with the output and errors the hosted starforth gives for the same file.
/// </summary>
[Collection(QemuCollection.Name)]
public sealed class BootDiskTests
{
    private const string Program = """
        \ boot.fs: definitions, loops and output, read from the boot disk
        : SQUARE ( n -- n*n ) DUP * ;
        : SQUARES ( n -- ) 1+ 1 DO I SQUARE . LOOP ;
        5 SQUARES CR
        VARIABLE TOTAL  0 TOTAL !
        : ADD-UP ( n -- ) 0 DO I TOTAL +! LOOP ;
        100 ADD-UP TOTAL @ . CR
        .( the last line fails: ) CR
        1 0 /
        .( never printed) CR
        """;

    private static readonly Lazy<string> Files = new(() =>
    {
        string folder = Path.Combine(Path.GetTempPath(), "starkernel-boot-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "boot.fs"), Program);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a program\n");
        return folder;
    });

    private static KernelBoot Session => KernelBoot.Normal("5 SQUARE .\n", Files.Value);

    [Fact]
    public void TheKernelCopiesTheFolderAndRunsBootFsLikeTheHostedStarforth()
    {
        Assert.Contains("StarKernel: boot disk \\starforth: 2 file(s), ", Session.Log);
        Assert.Equal(HostedStarforth.RunFile(Files.Value, "boot.fs"), Session.BootProgramOutput);
        Assert.Contains("StarKernel: boot.fs ended after 9 line(s)\n", Session.Log);
    }

    [Fact]
    public void TheReplSeesWhatBootFsDefined()
    {
        Assert.Equal("25  ok\n", Session.ReplOutput);
        Assert.Equal(KernelBoot.PassStatus, Session.QemuStatus);
    }
}
