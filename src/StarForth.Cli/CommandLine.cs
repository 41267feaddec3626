using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace StarForth.Cli;

/// <summary>
/// What to run, in the order the user gave it: files and -e code interleave. A class, so that the list of them
/// runs the runtime's precompiled List code instead of a JIT-compiled instantiation at every start.
/// </summary>
public sealed record SourceArgument(bool IsCode, string Text);

/// <summary>The starforth command line (System.CommandLine), shaped like gforth's where users expect it.</summary>
public static class CommandLine
{
    public static readonly Argument<string[]> Files = FilesArgument();

    public static readonly Option<string[]> Evaluate = new("--evaluate", "-e")
    {
        Description = "Evaluate CODE (repeatable; runs in order with the files).",
        HelpName = "CODE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<long> Memory = new("--memory", "-m")
    {
        Description = "Size of the VM arena in bytes; K, M and G suffixes are accepted.",
        HelpName = "SIZE",
        DefaultValueFactory = _ => Machine.DefaultArenaSize,
        CustomParser = ParseSize,
    };

    public static readonly Option<bool> RunTests = new("--run-tests")
    {
        Description = "Run the embedded power-on self-test and print its summary.",
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "With --run-tests: list every failure with its file, line, expected and actual values.",
    };

    public static readonly Option<bool> Parity = new("--parity")
    {
        Description = "Parity mode: deterministic clock, print the PARITY lines around the POST.",
    };

    public static readonly Option<bool> DumpDictionary = new("--dump-dictionary")
    {
        Description = "Print every dictionary entry (word_id, name, flags, acl_default, vocabulary, entry_hash).",
    };

    public static readonly Option<string> Blocks = new("--blocks")
    {
        Description = "Back BLOCK, BUFFER and the editor with FILE (block n is its n-th KiB); without it, blocks 1-256 live in RAM.",
        HelpName = "FILE",
    };

    public static readonly Option<string> Init = new("--init")
    {
        Description = "The init file INIT interprets; it is run once before the sources.",
        HelpName = "FILE",
    };

    public static readonly Option<long> MaxSteps = new("--max-steps")
    {
        Description = "Stop a line of input that takes more than N steps (backward branches, word entries, tokens) with -266; 0 for no limit.",
        HelpName = "N",
        CustomParser = ParseStepLimit,
    };

    public static readonly Option<string[]> Words = new("--words")
    {
        Description = "Add the word packs of FILE (an assembly built with StarForth.Sdk) before running; repeatable.",
        HelpName = "FILE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string> Heatmap = new("--heatmap")
    {
        Description = "After the run, draw the hottest words' heat and their transition matrix as a PNG picture in FILE.",
        HelpName = "FILE",
    };

    public static readonly Option<string> Native = new Option<string>("--native")
    {
        Description = "Compile colon definitions to x86-64 code (on, the default, on Linux x86-64) or interpret every word (off).",
        HelpName = "on|off",
        DefaultValueFactory = _ => "on",
    }.AcceptOnlyFromAmong("on", "off");

    public static readonly Argument<string> LeftParityFile = new("A") { Description = "A file with PARITY lines." };

    public static readonly Argument<string> RightParityFile = new("B") { Description = "Another file with PARITY lines." };

    public static RootCommand Create(Func<ParseResult, int> run, Func<ParseResult, int> compare)
    {
        var root = new RootCommand("StarForth.NET: a 64-bit Forth VM whose primitives are generated from C# declarations.")
        {
            Files,
            Evaluate,
            Memory,
            RunTests,
            Verbose,
            Parity,
            DumpDictionary,
            Blocks,
            Init,
            MaxSteps,
            Words,
            Heatmap,
            Native,
        };
        root.SetAction(run);
        var parityCompare = new Command("parity-compare", "Compare the PARITY lines of two files: PARITY:MATCH, or PARITY:MISMATCH and the differing fields.")
        {
            LeftParityFile,
            RightParityFile,
        };
        parityCompare.SetAction(compare);
        root.Subcommands.Add(parityCompare);
        return root;
    }

    /// <summary>
    /// The source files. System.CommandLine gives a file argument every token no option takes, so an unknown option
    /// (<c>--bogus</c>) would be read as a file name: a name starting with '-' is rejected as an option instead
    /// (<c>./-name</c> reaches such a file).
    /// </summary>
    private static Argument<string[]> FilesArgument()
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Forth source files to interpret, in order.",
        };
        files.Validators.Add(result =>
        {
            foreach (Token token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized command or argument '{token.Value}'.");
                }
            }
        });
        return files;
    }

    /// <summary>
    /// Files and -e arguments in command-line order: the parse result's tokens, each kept when System.CommandLine
    /// gave it to <see cref="Files"/> or to <see cref="Evaluate"/>.
    /// </summary>
    public static List<SourceArgument> Sources(ParseResult result)
    {
        HashSet<Token> code = TokensOf(result.GetResult(Evaluate)?.Tokens);
        HashSet<Token> files = TokensOf(result.GetResult(Files)?.Tokens);
        var sources = new List<SourceArgument>();
        foreach (Token token in result.Tokens)
        {
            if (code.Contains(token))
            {
                sources.Add(new SourceArgument(true, token.Value));
            }
            else if (files.Contains(token))
            {
                sources.Add(new SourceArgument(false, token.Value));
            }
        }
        return sources;
    }

    /// <summary>By identity: the same text can be a file name in one place and -e code in another.</summary>
    private static HashSet<Token> TokensOf(IReadOnlyList<Token>? tokens) =>
        new(tokens ?? Array.Empty<Token>(), ReferenceEqualityComparer.Instance);

    private static long ParseStepLimit(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
        {
            result.AddError("--max-steps must be a number of steps, 0 or more.");
            return 0;
        }
        return value;
    }

    private static long ParseSize(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        long multiplier = 1;
        if (text.Length > 0)
        {
            switch (char.ToUpperInvariant(text[^1]))
            {
                case 'K': multiplier = 1L << 10; break;
                case 'M': multiplier = 1L << 20; break;
                case 'G': multiplier = 1L << 30; break;
            }
            if (multiplier != 1)
            {
                text = text[..^1];
            }
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            || value > int.MaxValue / multiplier || value * multiplier < ArenaLayout.MinimumArenaSize)
        {
            result.AddError($"--memory must be a size from {ArenaLayout.MinimumArenaSize / 1024}K to 2G, such as 5M.");
            return 0;
        }
        return value * multiplier;
    }
}
