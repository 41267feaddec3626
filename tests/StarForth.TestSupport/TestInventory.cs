using System.Linq;
using System.Reflection;
using Xunit;

namespace StarForth.Testing;

/// <summary>
/// Counts the test cases an assembly declares (each [Fact], each [InlineData] row of a [Theory]), so a suite
/// can assert its own size: a suite that silently lost tests must not pass.
/// </summary>
public static class TestInventory
{
    public static int CountTestCases(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Sum(method => method.GetCustomAttribute<TheoryAttribute>() != null
                ? method.GetCustomAttributes<InlineDataAttribute>().Count()
                : method.GetCustomAttribute<FactAttribute>() != null ? 1 : 0);
}
