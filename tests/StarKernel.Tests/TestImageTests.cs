using System;
using System.IO;
using System.Text;
using Xunit;

namespace StarKernel.Tests;

/// <summary>The test image (self-test, fault injection) booted under QEMU, and the gate that keeps it out of the normal image.</summary>
[Collection(QemuCollection.Name)]
public class TestImageTests
{
    private static KernelBoot DivideByZero => KernelBoot.TestImage("1 2 + . CR\n#fault divide-by-zero\n.( not reached)\n");

    private static KernelBoot GuardPage => KernelBoot.TestImage("#fault guard-page\n");

    private static KernelBoot StackOverflow => KernelBoot.TestImage("#fault stack-overflow\n");

    [Fact]
    public void SelfTestPassesBeforeTheRepl()
    {
        Assert.Matches(@"StarKernel: self-test: \d+ checks passed\nStarKernel: boot disk \\starforth: 0 file\(s\), 0 bytes, 0 skipped\nStarKernel: serial REPL", DivideByZero.Log);
    }

    [Fact]
    public void DivideByZeroInMachineCodeIsReportedAndEndsTheRunAsFailed()
    {
        KernelBoot boot = DivideByZero;

        Assert.Equal(KernelBoot.FailStatus, boot.QemuStatus);
        Assert.Contains("3 \n ok\nStarKernel: fault injection: div by zero in machine code\n", boot.Log);
        Assert.Matches(@"StarKernel: CPU exception vector=0 \(#DE divide error\) error=0x0{16} rip=0x[0-9A-F]{16} cr2=0x[0-9A-F]{16} rsp=0x[0-9A-F]{16}\n", boot.Log);
        Assert.EndsWith("StarKernel: fault: exiting with failure status\n", boot.Log);
        Assert.DoesNotContain("not reached", boot.Log);
    }

    [Fact]
    public void TouchingTheArenaGuardPageIsAPageFaultAtThatAddress()
    {
        KernelBoot boot = GuardPage;

        Assert.Equal(KernelBoot.FailStatus, boot.QemuStatus);
        Assert.Contains("StarKernel: fault injection: reading the guard page at 0xFFFF900000500000\n", boot.Log);
        Assert.Matches(@"StarKernel: CPU exception vector=14 \(#PF page fault\) error=0x0{16} rip=0x[0-9A-F]{16} cr2=0xFFFF900000500000 ", boot.Log);
        Assert.EndsWith("StarKernel: fault: exiting with failure status\n", boot.Log);
    }

    [Fact]
    public void KernelStackOverflowIsADoubleFaultReportedFromItsOwnStack()
    {
        KernelBoot boot = StackOverflow;

        Assert.Equal(KernelBoot.FailStatus, boot.QemuStatus);
        Assert.Contains("StarKernel: fault injection: unbounded recursion on the kernel stack\n", boot.Log);
        Assert.Matches(@"StarKernel: CPU exception vector=8 \(#DF double fault\) error=0x0{16} rip=0x[0-9A-F]{16} cr2=0xFFFF9FFFFFFFF[0-9A-F]{3} ", boot.Log);
        Assert.EndsWith("StarKernel: fault: exiting with failure status\n", boot.Log);
    }

    [Fact]
    public void OnlyTheTestImageContainsTheTestCode()
    {
        byte[] normal = File.ReadAllBytes(KernelImages.NormalImage);
        byte[] test = File.ReadAllBytes(KernelImages.TestImage);
        byte[] command = Encoding.ASCII.GetBytes("#fault divide-by-zero");
        byte[] message = Encoding.Unicode.GetBytes("self-test FAILED");
        byte[] postLine = Encoding.ASCII.GetBytes("PARITY:M7.1b ");
        byte[] option = Encoding.ASCII.GetBytes("opt/starforth/options");

        Assert.True(test.AsSpan().IndexOf(command) >= 0);
        Assert.True(test.AsSpan().IndexOf(message) >= 0);
        Assert.True(normal.AsSpan().IndexOf(command) < 0);
        Assert.True(normal.AsSpan().IndexOf(message) < 0);
        Assert.True(test.AsSpan().IndexOf(postLine) >= 0);
        Assert.True(test.AsSpan().IndexOf(option) >= 0);
        Assert.True(normal.AsSpan().IndexOf(postLine) < 0);
        Assert.True(normal.AsSpan().IndexOf(option) < 0);
    }
}
