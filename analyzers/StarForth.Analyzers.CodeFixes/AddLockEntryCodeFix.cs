using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using StarForth.Generators;

namespace StarForth.Analyzers.CodeFixes;

/// <summary>SF1001: appends <c>NEXT_ID&lt;TAB&gt;NAME&lt;TAB&gt;0xFLAGS&lt;TAB&gt;VOCABULARY</c> to the project's words.lock.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLockEntryCodeFix)), Shared]
public sealed class AddLockEntryCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingLockEntry.Id);

    // Each appended line takes the next free id at the moment it is applied, so entries are added one at a time.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(WordBindingAnalyzer.NameProperty, out string? name) || name == null
            || !diagnostic.Properties.TryGetValue(WordBindingAnalyzer.VocabularyProperty, out string? vocabulary) || vocabulary == null
            || !diagnostic.Properties.TryGetValue(WordBindingAnalyzer.FlagsProperty, out string? flagsText)
            || !int.TryParse(flagsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int flags))
        {
            return Task.CompletedTask;
        }
        context.RegisterCodeFix(
            CodeAction.Create(
                "Add '" + name + "' to words.lock",
                cancellationToken => AppendAsync(context.Document.Project, name, flags, vocabulary, cancellationToken),
                equivalenceKey: nameof(AddLockEntryCodeFix)),
            diagnostic);
        return Task.CompletedTask;
    }

    private static async Task<Solution> AppendAsync(Project project, string name, int flags, string vocabulary, CancellationToken cancellationToken)
    {
        if (await LockDocuments.FindAsync(project, cancellationToken).ConfigureAwait(false) is not LockDocuments documents)
        {
            return project.Solution;
        }
        string line = WordsLock.Format(documents.WordsLock.NextFreeWordId, name, flags, vocabulary, null);
        return documents.WithEdits(new[] { LineEdit.Append(line) });
    }
}
