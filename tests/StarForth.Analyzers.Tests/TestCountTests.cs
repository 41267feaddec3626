using System.Linq;
using System.Reflection;
using Xunit;

namespace StarForth.Analyzers.Tests;

/// <summary>A test that silently stops being discovered is a test that silently stops passing.</summary>
public class TestCountTests
{
    /// <summary>[Fact]s count one each, [Theory]s one per [InlineData]; this test included.</summary>
    public const int ExpectedTestCount = 103;

    [Fact]
    public void EveryTestIsCounted()
    {
        int count = typeof(TestCountTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Sum(method => method.GetCustomAttribute<TheoryAttribute>() != null
                ? method.GetCustomAttributes<InlineDataAttribute>().Count()
                : method.GetCustomAttribute<FactAttribute>() != null ? 1 : 0);
        Assert.Equal(ExpectedTestCount, count);
    }
}
