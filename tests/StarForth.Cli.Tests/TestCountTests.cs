using StarForth.Testing;
using Xunit;

namespace StarForth.Cli.Tests;

public class TestCountTests
{
    // Update when tests are added or removed.
    private const int ExpectedTestCases = 101;

    [Fact]
    public void SuiteHasTheExpectedNumberOfTestCases() =>
        Assert.Equal(ExpectedTestCases, TestInventory.CountTestCases(typeof(TestCountTests).Assembly));
}
