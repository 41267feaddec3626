using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>
/// A project's words.lock read against its words.shipped.lock (when it has one), together with their texts, so
/// diagnostics can point at their lines.
/// </summary>
public sealed class LockFile
{
    private LockFile(AdditionalText file, SourceText text, AdditionalText? shippedFile, SourceText? shippedText, WordsLock wordsLock)
    {
        File = file;
        Text = text;
        ShippedFile = shippedFile;
        ShippedText = shippedText;
        Lock = wordsLock;
    }

    public AdditionalText File { get; }

    public SourceText Text { get; }

    public AdditionalText? ShippedFile { get; }

    public SourceText? ShippedText { get; }

    public WordsLock Lock { get; }

    /// <summary>The project's words.lock, or null when there is none or more than one (the generator then emits nothing).</summary>
    public static LockFile? Find(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        if (Single(additionalFiles, WordsLock.IsLockFile) is not AdditionalText file || file.GetText(cancellationToken) is not SourceText text)
        {
            return null;
        }
        AdditionalText? shippedFile = Single(additionalFiles, WordsLock.IsShippedLockFile);
        SourceText? shippedText = shippedFile?.GetText(cancellationToken);
        return new LockFile(file, text, shippedFile, shippedText, WordsLock.Read(text.ToString(), shippedText?.ToString()));
    }

    /// <summary>The whole of a 0-based line of words.lock, as a location.</summary>
    public Location LineLocation(int line) => LineLocation(File, Text, line);

    /// <summary>Where a finding is: a line of words.lock, or of words.shipped.lock.</summary>
    public Location LocationOf(LockFinding finding) =>
        finding.File == WordsLock.ShippedFileName && ShippedFile != null && ShippedText != null
            ? LineLocation(ShippedFile, ShippedText, finding.Line)
            : LineLocation(finding.Line);

    private static Location LineLocation(AdditionalText file, SourceText text, int line)
    {
        if (line >= text.Lines.Count)
        {
            line = text.Lines.Count - 1;
        }
        TextSpan span = text.Lines[line].Span;
        return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
    }

    private static AdditionalText? Single(ImmutableArray<AdditionalText> additionalFiles, System.Func<string, bool> isWanted)
    {
        AdditionalText? found = null;
        foreach (AdditionalText file in additionalFiles)
        {
            if (!isWanted(file.Path))
            {
                continue;
            }
            if (found != null)
            {
                return null;
            }
            found = file;
        }
        return found;
    }
}
