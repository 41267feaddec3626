using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
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
        TextDocument? lockDocument = FindLock(context.Document.Project);
        if (lockDocument == null
            || !diagnostic.Properties.TryGetValue(WordBindingAnalyzer.NameProperty, out string? name) || name == null
            || !diagnostic.Properties.TryGetValue(WordBindingAnalyzer.VocabularyProperty, out string? vocabulary) || vocabulary == null
            || !diagnostic.Properties.TryGetValue(WordBindingAnalyzer.FlagsProperty, out string? flagsText)
            || !int.TryParse(flagsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int flags))
        {
            return Task.CompletedTask;
        }
        context.RegisterCodeFix(
            CodeAction.Create(
                "Add '" + name + "' to words.lock",
                cancellationToken => AppendAsync(lockDocument, name, flags, vocabulary, cancellationToken),
                equivalenceKey: nameof(AddLockEntryCodeFix)),
            diagnostic);
        return Task.CompletedTask;
    }

    private static TextDocument? FindLock(Project project)
    {
        TextDocument? found = null;
        foreach (TextDocument document in project.AdditionalDocuments)
        {
            if (document.FilePath is string path ? WordsLock.IsLockFile(path) : document.Name == WordsLock.FileName)
            {
                if (found != null)
                {
                    return null;
                }
                found = document;
            }
        }
        return found;
    }

    private static async Task<Solution> AppendAsync(TextDocument lockDocument, string name, int flags, string vocabulary, CancellationToken cancellationToken)
    {
        SourceText text = await lockDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
        string content = text.ToString();
        int nextId = LockFile.NextFreeId(WordsLock.Parse(content));
        string newLine = content.Contains("\r\n") ? "\r\n" : "\n";
        string line = nextId.ToString(CultureInfo.InvariantCulture) + "\t" + name + "\t" + LockFile.FormatFlags(flags) + "\t" + vocabulary + newLine;
        string prefix = content.Length == 0 || content.EndsWith("\n", System.StringComparison.Ordinal) ? string.Empty : newLine;
        SourceText appended = text.WithChanges(new TextChange(new TextSpan(text.Length, 0), prefix + line));
        return lockDocument.Project.Solution.WithAdditionalDocumentText(lockDocument.Id, appended);
    }
}
