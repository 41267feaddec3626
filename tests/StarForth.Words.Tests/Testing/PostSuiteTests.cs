using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StarForth.Testing;
using Xunit;

namespace StarForth.Words.Tests;

/// <summary>
/// The POST suite as a whole: it runs clean, its size is what the files hold, and every dictionary entry is
/// tested at least twice (a test form covers a word named on its line, or used by a definition that line calls).
/// </summary>
public class PostSuiteTests
{
    public const int MinimumTests = 1200;
    public const int MinimumTestsPerEntry = 2;

    /// <summary>Run-time words nobody names: each is covered by the tests of the words that compile it.</summary>
    private static readonly Dictionary<string, string[]> CompiledBy = new()
    {
        ["LIT"] = new[] { "LITERAL", "[LITERAL]" },
        ["(BRANCH)"] = new[] { "ELSE", "AGAIN", "REPEAT", "ENDOF" },
        ["(0BRANCH)"] = new[] { "IF", "UNTIL", "WHILE", "OF" },
        ["(DO)"] = new[] { "DO" },
        ["(?DO)"] = new[] { "?DO" },
        ["(LOOP)"] = new[] { "LOOP" },
        ["(+LOOP)"] = new[] { "+LOOP" },
        ["(LEAVE)"] = new[] { "LEAVE" },
        ["(S\")"] = new[] { "S\"", ".\"", "C\"", "S\\\"" },
        ["(ABORT\")"] = new[] { "ABORT\"" },
        ["DOES_RT"] = new[] { "DOES>" },
        ["(CATCH-END)"] = new[] { "CATCH" },
        ["(TO)"] = new[] { "TO" },
        ["(LOCALS)"] = new[] { "{:", "LOCALS|", "(LOCAL)" },
        ["(LOCALS-END)"] = new[] { "{:", "LOCALS|", "(LOCAL)" },
        ["(LOCAL@)"] = new[] { "{:", "LOCALS|", "(LOCAL)" },
        ["(LOCAL!)"] = new[] { "TO" },
        ["(LOCAL+!)"] = new[] { "+TO" },
        ["(+TO)"] = new[] { "+TO" },
    };

    [Fact]
    public void ThePostRunsEveryTestFormAndNoneFails()
    {
        int forms = PostFiles().Sum(file => file.Lines.Sum(TestForms));
        using var runner = new ForthRunner();

        PostSummary summary = PowerOnSelfTest.Run(runner.Machine);

        Assert.True(summary.Tests >= MinimumTests, $"the POST has {summary.Tests} tests, fewer than {MinimumTests}");
        Assert.Equal(forms, summary.Tests);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(0, summary.Errors);
        Assert.Equal(0, summary.Skipped);
    }

    [Fact]
    public void EveryDictionaryEntryHasAtLeastTwoTests()
    {
        Dictionary<string, int> coverage = Coverage();
        var thin = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(Repository.Root, "src", "StarForth.Words", "words.lock")))
        {
            if (line.Length == 0 || !char.IsDigit(line[0]))
            {
                continue;
            }
            string name = line.Split('\t')[1].ToUpperInvariant();
            int tests = coverage.GetValueOrDefault(name);
            if (CompiledBy.TryGetValue(name, out string[]? compilers))
            {
                tests += compilers.Sum(compiler => coverage.GetValueOrDefault(compiler));
            }
            if (tests < MinimumTestsPerEntry)
            {
                thin.Add($"{name} ({tests})");
            }
        }

        Assert.True(thin.Count == 0, "entries with fewer than two POST tests: " + string.Join(", ", thin));
    }

    /// <summary>How many test forms cover each (upper-cased) name, through the definitions each line calls.</summary>
    private static Dictionary<string, int> Coverage()
    {
        var coverage = new Dictionary<string, int>();
        foreach ((string _, string[] lines) in PostFiles())
        {
            var definitions = new Dictionary<string, HashSet<string>>();
            foreach (string line in lines)
            {
                string[] tokens = Tokens(line);
                var used = new HashSet<string>(tokens);
                foreach (string token in tokens)
                {
                    if (definitions.TryGetValue(token, out HashSet<string>? body))
                    {
                        used.UnionWith(body);
                    }
                }
                RecordDefinitions(tokens, definitions);
                int forms = TestForms(line);
                foreach (string name in used)
                {
                    coverage[name] = coverage.GetValueOrDefault(name) + forms;
                }
            }
        }
        return coverage;
    }

    /// <summary>Words that create a named word from the next name in the input.</summary>
    private static readonly HashSet<string> Definers = new()
    {
        "VARIABLE", "2VARIABLE", "CONSTANT", "2CONSTANT", "CREATE", "VALUE", "DEFER", "BUFFER:", "MARKER", "VOCABULARY",
    };

    /// <summary>
    /// Each ": NAME ... ;" on the line: NAME now stands for everything its body uses, transitively; and each
    /// "VARIABLE NAME" (or another definer): NAME stands for the word that made it.
    /// </summary>
    private static void RecordDefinitions(string[] tokens, Dictionary<string, HashSet<string>> definitions)
    {
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (Definers.Contains(tokens[i]))
            {
                definitions[tokens[i + 1]] = new HashSet<string> { tokens[i] };
                continue;
            }
            if (tokens[i] != ":")
            {
                continue;
            }
            var body = new HashSet<string>();
            for (int j = i + 2; j < tokens.Length && tokens[j] != ";"; j++)
            {
                body.Add(tokens[j]);
                if (definitions.TryGetValue(tokens[j], out HashSet<string>? inner))
                {
                    body.UnionWith(inner);
                }
                if (long.TryParse(tokens[j], out _))
                {
                    body.Add("LIT");
                }
            }
            definitions[tokens[i + 1]] = body;
        }
    }

    private static int TestForms(string line) => Tokens(line).Count(token => token is "T{" or "O{" or "E{");

    private static string[] Tokens(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(token => token.ToUpperInvariant()).ToArray();

    /// <summary>The files PostSuite.props marks: each word module's <c>*.fs</c>, in the order the POST runs them.</summary>
    private static IEnumerable<(string Name, string[] Lines)> PostFiles() =>
        Directory.GetDirectories(Path.Combine(Repository.Root, "src", "StarForth.Words"))
            .SelectMany(module => Directory.GetFiles(module, "*.fs"))
            .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllLines(path)));

    private static class Repository
    {
        public static readonly string Root = Find();

        private static string Find()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "StarForth.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }
            return directory ?? throw new InvalidOperationException("StarForth.sln not found above the test assembly");
        }
    }
}
