using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>A parsed words.lock together with its text, so diagnostics can point at its lines.</summary>
public sealed class LockFile
{
    // Parsed once per text, as PublicApiAnalyzers does: every analyzer and every compilation shares the result.
    public static readonly SourceTextValueProvider<WordsLock> Parser = new(static text => WordsLock.Parse(text.ToString()));

    private LockFile(AdditionalText file, SourceText text, WordsLock wordsLock)
    {
        File = file;
        Text = text;
        Lock = wordsLock;
    }

    public AdditionalText File { get; }

    public SourceText Text { get; }

    public WordsLock Lock { get; }

    /// <summary>The project's words.lock, or null when there is none or more than one (the generator then emits nothing).</summary>
    public static LockFile? Find(ImmutableArray<AdditionalText> additionalFiles, System.Func<SourceText, WordsLock?> parse, System.Threading.CancellationToken cancellationToken)
    {
        AdditionalText? found = null;
        foreach (AdditionalText file in additionalFiles)
        {
            if (!WordsLock.IsLockFile(file.Path))
            {
                continue;
            }
            if (found != null)
            {
                return null;
            }
            found = file;
        }
        if (found?.GetText(cancellationToken) is not SourceText text)
        {
            return null;
        }
        return parse(text) is WordsLock parsed ? new LockFile(found, text, parsed) : null;
    }

    public static LockFile? Read(AdditionalText file, AdditionalFileAnalysisContext context)
    {
        if (file.GetText(context.CancellationToken) is not SourceText text)
        {
            return null;
        }
        return new LockFile(file, text, WordsLock.Parse(text.ToString()));
    }

    /// <summary>The whole of a 0-based line, as a location in words.lock.</summary>
    public Location LineLocation(int line)
    {
        if (line >= Text.Lines.Count)
        {
            line = Text.Lines.Count - 1;
        }
        TextSpan span = Text.Lines[line].Span;
        return Location.Create(File.Path, span, Text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>One more than the highest word_id ever handed out, retired ones included.</summary>
    public static int NextFreeId(WordsLock wordsLock)
    {
        int next = 0;
        foreach (LockEntry entry in wordsLock.Entries)
        {
            if (entry.WordId >= next)
            {
                next = entry.WordId + 1;
            }
        }
        return next;
    }

    public static string FormatFlags(int flags) => "0x" + flags.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);

}
