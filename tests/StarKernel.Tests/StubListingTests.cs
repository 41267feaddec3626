using Snapshooter.Xunit;
using StarKernel.Stubs;
using Xunit;

namespace StarKernel.Tests;

/// <summary>The machine code is generated, so it is reviewed like code: as disassembly snapshots.</summary>
public class StubListingTests
{
    [Fact]
    public void KernelStubsDisassembleToTheReviewedListing() =>
        Snapshot.Match(StubListing.Format(KernelStubCatalog.Build()));

    [Fact]
    public void TestImageStubsDisassembleToTheReviewedListing() =>
        Snapshot.Match(StubListing.Format(KernelStubCatalog.BuildTestModule()));

    [Fact]
    public void GeneratedBindingsMatchTheReviewedSource() =>
        Snapshot.Match(CSharpBindingsWriter.Write(KernelStubCatalog.Build()));
}
