using System.Collections.Generic;
using StarForth.Cli;
using Xunit;

namespace StarForth.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void SourcesKeepCommandLineOrderAndSkipTheValuesOfOtherOptions()
    {
        System.CommandLine.ParseResult result = CommandLine.Create(_ => 0, _ => 0).Parse(
            new[] { "-e", "1 .", "a.fs", "--memory", "5M", "--evaluate", "a.fs", "--blocks", "b.fs", "c.fs", "--init", "i.fs", "-v" });

        List<SourceArgument> sources = CommandLine.Sources(result);

        Assert.Empty(result.Errors);
        Assert.Equal(
            new[] { new SourceArgument(true, "1 ."), new SourceArgument(false, "a.fs"), new SourceArgument(true, "a.fs"), new SourceArgument(false, "c.fs") },
            sources);
    }
}
