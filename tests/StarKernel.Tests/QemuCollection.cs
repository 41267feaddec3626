using Xunit;

namespace StarKernel.Tests;

[CollectionDefinition(Name)]
public class QemuCollection
{
    /// <summary>QEMU boots run one at a time: TCG is CPU-bound and the machine has few cores.</summary>
    public const string Name = "QEMU";
}
