using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>
/// The SIGINT tests wait a moment after "started" for the next line to begin before they signal: a signal between
/// lines ends a script without a report, as it should. The product pipeline packs the solution, ReadyToRun compiling
/// included, which loads both CPUs for half a minute and made that moment too short. xunit runs the tests of one
/// collection one after another, so the two never overlap.
/// </summary>
[CollectionDefinition(Name)]
public class SignalTiming
{
    public const string Name = "SIGINT timing";
}
