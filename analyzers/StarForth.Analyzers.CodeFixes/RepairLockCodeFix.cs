using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using StarForth.Generators;

namespace StarForth.Analyzers.CodeFixes;

/// <summary>
/// SF1004, SF1006, SF1012 and SF1013 on a words.lock line: makes the edits that <see cref="WordsLock.Read"/> gave the
/// finding (restore shipped lines, give a new word the next free id, move a new line to the end).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RepairLockCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class RepairLockCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DuplicateWordId.Id,
        DiagnosticDescriptors.MalformedLock.Id,
        DiagnosticDescriptors.ShippedEntryChanged.Id,
        DiagnosticDescriptors.ShippedEntriesChanged.Id);

    // Each repair is computed from the lock as it is when applied; one at a time keeps them from overlapping.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        if (await LockDocuments.ForLockLineAsync(context).ConfigureAwait(false) is not LockDocuments documents)
        {
            return;
        }
        int line = LockDocuments.LineOf(diagnostic);
        foreach (LockFinding finding in documents.WordsLock.Findings)
        {
            if (finding.File == WordsLock.FileName && finding.Line == line && finding.RepairTitle != null
                && DiagnosticDescriptors.For(finding.Kind).Id == diagnostic.Id)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        finding.RepairTitle,
                        cancellationToken => Task.FromResult(documents.WithEdits(finding.Repair)),
                        equivalenceKey: nameof(RepairLockCodeFix) + diagnostic.Id),
                    diagnostic);
                return;
            }
        }
    }
}
