using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace StarForth.Words.Tests;

/// <summary>Guards the suite itself, so that losing tests fails the run instead of going unnoticed.</summary>
public sealed class SuiteInventoryTests
{
    /// <summary>
    /// Every [Fact] counts one, every [Theory] one per [InlineData] row (skipped tests included).
    /// Update this number in the same change that adds or removes tests. `dotnet test` reports the same total,
    /// except that a skipped [Theory] shows there as one skipped test instead of one per row.
    /// </summary>
    private const int ExpectedTestCount = 1309;

    [Fact]
    public void TheSuiteHasTheExpectedNumberOfTests()
    {
        MethodInfo[] tests = typeof(SuiteInventoryTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .ToArray();
        int facts = tests.Count(method => method.GetCustomAttributes<FactAttribute>().Any(a => a is not TheoryAttribute));
        int rows = tests.Where(method => method.GetCustomAttribute<TheoryAttribute>() is not null)
            .Sum(method => method.GetCustomAttributes<InlineDataAttribute>().Count());
        Assert.Equal(ExpectedTestCount, facts + rows);
    }

    [Fact]
    public void EveryTheoryHasRows()
    {
        string[] empty = typeof(SuiteInventoryTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Where(method => method.GetCustomAttribute<TheoryAttribute>() is not null && !method.GetCustomAttributes<InlineDataAttribute>().Any())
            .Select(method => method.DeclaringType!.Name + "." + method.Name)
            .ToArray();
        Assert.Empty(empty);
    }

    /// <summary>
    /// Each test class here mirrors a module of StarForth.Words: XWordsTests tests the [ForthWord] methods of XWords,
    /// so a renamed or removed module cannot leave its tests testing nothing.
    /// </summary>
    [Fact]
    public void EveryTestClassMirrorsAWordModule()
    {
        string[] testClasses = typeof(SuiteInventoryTests).Assembly.GetTypes()
            .Where(type => type.IsSealed && type.IsSubclassOf(typeof(ForthTest)))
            .Select(type => type.Name)
            .ToArray();
        string[] orphans = testClasses
            .Where(name => !name.EndsWith("Tests", StringComparison.Ordinal) || !IsWordModule(name.Substring(0, name.Length - "Tests".Length)))
            .ToArray();
        Assert.NotEmpty(testClasses);
        Assert.Empty(orphans);
    }

    private static bool IsWordModule(string name) =>
        typeof(GeneratedWordSet).Assembly.GetType("StarForth.Words." + name) is Type module
        && module.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(method => method.GetCustomAttributes<ForthWordAttribute>().Any());
}
