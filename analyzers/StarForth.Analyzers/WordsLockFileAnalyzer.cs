using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>
/// SF1006, SF1004 and SF1005 on words.lock by itself: the file is validated first, and while it is malformed
/// nothing else about it is checked (a duplicated or reused word_id is reported as SF1004, not SF1006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WordsLockFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MalformedLock, DiagnosticDescriptors.DuplicateWordId, DiagnosticDescriptors.UnmarkedShadowing);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeLockFile);
    }

    private static void AnalyzeLockFile(AdditionalFileAnalysisContext context)
    {
        if (!WordsLock.IsLockFile(context.AdditionalFile.Path) || LockFile.Read(context.AdditionalFile, context) is not LockFile lockFile)
        {
            return;
        }
        WordsLock wordsLock = lockFile.Lock;
        if (!wordsLock.IsValid)
        {
            foreach (LockProblem problem in wordsLock.Problems)
            {
                context.ReportDiagnostic(ReportProblem(lockFile, problem));
            }
            return;
        }
        ReportUnmarkedShadowing(context, lockFile);
    }

    private static Diagnostic ReportProblem(LockFile lockFile, LockProblem problem)
    {
        string[] fields = lockFile.Text.Lines[problem.Line].ToString().Split('\t');
        if (problem.Line > 0
            && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int wordId)
            && FirstWithId(lockFile.Lock, wordId, problem.Line) is LockEntry first)
        {
            string name = fields.Length > 1 ? fields[1] : string.Empty;
            string reason = first.Retired
                ? "it was retired on words.lock line " + (first.Line + 1)
                : "words.lock line " + (first.Line + 1) + " already gives it to '" + first.Name + "'";
            return Diagnostic.Create(
                DiagnosticDescriptors.DuplicateWordId,
                lockFile.LineLocation(problem.Line),
                new[] { lockFile.LineLocation(first.Line) },
                name,
                wordId,
                reason);
        }
        return Diagnostic.Create(DiagnosticDescriptors.MalformedLock, lockFile.LineLocation(problem.Line), problem.Line + 1, problem.Message);
    }

    private static LockEntry? FirstWithId(WordsLock wordsLock, int wordId, int beforeLine)
    {
        foreach (LockEntry entry in wordsLock.Entries)
        {
            if (entry.WordId == wordId && entry.Line < beforeLine)
            {
                return entry;
            }
        }
        return null;
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
