using Xunit;

namespace StarForth.Words.Tests;

public sealed class SessionWordsTests : ForthTest
{
    [Theory]
    [InlineData("CORE", "-1 -1")]
    [InlineData("CORE-EXT", "-1 -1")]
    [InlineData("DOUBLE", "-1 -1")]
    [InlineData("DOUBLE-EXT", "-1 -1")]
    [InlineData("EXCEPTION", "-1 -1")]
    [InlineData("EXCEPTION-EXT", "-1 -1")]
    [InlineData("FACILITY", "-1 -1")]
    [InlineData("facility-ext", "-1 -1")]
    [InlineData("STRING", "-1 -1")]
    [InlineData("STRING-EXT", "-1 -1")]
    [InlineData("TOOLS", "-1 -1")]
    [InlineData("TOOLS-EXT", "0 -1")]
    [InlineData("SEARCH-ORDER", "-1 -1")]
    [InlineData("FILE-EXT", "-1 -1")]
    [InlineData("MEMORY-ALLOC", "-1 -1")]
    [InlineData("LOCALS-EXT", "-1 -1")]
    [InlineData("#LOCALS", "32 -1")]
    [InlineData("FLOATING", "0")]
    [InlineData("DOUBLEX", "0")]
    public void EnvironmentAnswersWordSetQueriesTruthfully(string query, string expected) =>
        AssertStack(expected, "S\" " + query + "\" ENVIRONMENT?");
}
