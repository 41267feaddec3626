using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>
/// words.lock by itself and against words.shipped.lock: SF1006, SF1004, SF1012 and SF1013, one diagnostic per mistake
/// (the findings of <see cref="WordsLock.Read"/>), then SF1005 once the lock has none.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WordsLockFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MalformedLock,
        DiagnosticDescriptors.DuplicateWordId,
        DiagnosticDescriptors.UnmarkedShadowing,
        DiagnosticDescriptors.ShippedEntryChanged,
        DiagnosticDescriptors.ShippedEntriesChanged,
        DiagnosticDescriptors.OutsidePackRange);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeLockFile);
    }

    private static void AnalyzeLockFile(AdditionalFileAnalysisContext context)
    {
        if (!WordsLock.IsLockFile(context.AdditionalFile.Path)
            || LockFile.Find(context.Options.AdditionalFiles, context.CancellationToken) is not LockFile lockFile
            || lockFile.File.Path != context.AdditionalFile.Path)
        {
            return;
        }
        foreach (LockFinding finding in lockFile.Lock.Findings)
        {
            IEnumerable<Location>? related = finding.RelatedLine >= 0 ? new[] { lockFile.LineLocation(finding.RelatedLine) } : null;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.For(finding.Kind), lockFile.LocationOf(finding), related, finding.Arguments));
        }
        if (lockFile.Lock.IsValid)
        {
            ReportUnmarkedShadowing(context, lockFile);
        }
    }

    private static void ReportUnmarkedShadowing(AdditionalFileAnalysisContext context, LockFile lockFile)
    {
        // The live entries so far, by vocabulary and name: a later one must name one of them in shadows=.
        var live = new Dictionary<(string Vocabulary, string Name), List<LockEntry>>();
        foreach (LockEntry entry in lockFile.Lock.Entries)
        {
            if (entry.Retired)
            {
                continue;
            }
            var key = (entry.Vocabulary, entry.Name);
            if (!live.TryGetValue(key, out List<LockEntry>? earlier))
            {
                live.Add(key, new List<LockEntry> { entry });
                continue;
            }
            if (!earlier.Exists(e => e.WordId == entry.ShadowsWordId))
            {
                LockEntry newest = earlier[earlier.Count - 1];
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnmarkedShadowing,
                    lockFile.LineLocation(entry.Line),
                    new[] { lockFile.LineLocation(newest.Line) },
                    entry.Name,
                    entry.Vocabulary,
                    entry.WordId,
                    newest.WordId));
            }
            earlier.Add(entry);
        }
    }
}
