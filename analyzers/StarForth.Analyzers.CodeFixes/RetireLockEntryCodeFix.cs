using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using StarForth.Generators;

namespace StarForth.Analyzers.CodeFixes;

/// <summary>SF1003: ends the entry's words.lock line with 'retired', so its id stays given out and no header is made for it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetireLockEntryCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class RetireLockEntryCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnboundLockEntry.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        if (await LockDocuments.ForLockLineAsync(context).ConfigureAwait(false) is not LockDocuments documents)
        {
            return;
        }
        int line = LockDocuments.LineOf(diagnostic);
        foreach (LockEntry entry in documents.WordsLock.Entries)
        {
            if (entry.Line == line && !entry.Retired)
            {
                string retired = WordsLock.Format(entry.WordId, entry.Name, entry.Flags, entry.Vocabulary, "retired");
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark '" + entry.Name + "' retired in words.lock",
                        _ => Task.FromResult(documents.WithEdits(new[] { LineEdit.Replace(line, retired) })),
                        equivalenceKey: nameof(RetireLockEntryCodeFix)),
                    diagnostic);
                return;
            }
        }
    }
}
