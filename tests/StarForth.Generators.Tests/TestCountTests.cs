using System.Linq;
using System.Reflection;
using Xunit;

namespace StarForth.Generators.Tests;

public class TestCountTests
{
    // Update when tests are added or removed: a suite that silently lost tests must not pass.
    private const int ExpectedTestCases = 20;

    [Fact]
    public void SuiteHasTheExpectedNumberOfTestCases()
    {
        int cases = typeof(TestCountTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Sum(method => method.GetCustomAttribute<TheoryAttribute>() != null
                ? method.GetCustomAttributes<InlineDataAttribute>().Count()
                : method.GetCustomAttribute<FactAttribute>() != null ? 1 : 0);

        Assert.Equal(ExpectedTestCases, cases);
    }
}
