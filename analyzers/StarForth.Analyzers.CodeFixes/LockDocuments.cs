using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StarForth.Generators;

namespace StarForth.Analyzers.CodeFixes;

/// <summary>A project's words.lock and words.shipped.lock as workspace documents, read the way the analyzers read them.</summary>
internal sealed class LockDocuments
{
    private LockDocuments(TextDocument lockDocument, SourceText text, WordsLock wordsLock)
    {
        Lock = lockDocument;
        Text = text;
        WordsLock = wordsLock;
    }

    public TextDocument Lock { get; }

    public SourceText Text { get; }

    public WordsLock WordsLock { get; }

    /// <summary>The project's one words.lock with its baseline, or null when there is none or more than one.</summary>
    public static async Task<LockDocuments?> FindAsync(Project project, CancellationToken cancellationToken)
    {
        if (Single(project, WordsLock.IsLockFile, WordsLock.FileName) is not TextDocument lockDocument)
        {
            return null;
        }
        SourceText text = await lockDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
        string? shippedText = null;
        if (Single(project, WordsLock.IsShippedLockFile, WordsLock.ShippedFileName) is TextDocument shippedDocument)
        {
            shippedText = (await shippedDocument.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
        }
        return new LockDocuments(lockDocument, text, WordsLock.Read(text.ToString(), shippedText));
    }

    /// <summary>The lock documents when a fix is asked for on a line of the project's words.lock; null otherwise.</summary>
    public static async Task<LockDocuments?> ForLockLineAsync(Microsoft.CodeAnalysis.CodeFixes.CodeFixContext context)
    {
        if (!WordsLock.IsLockFile(context.TextDocument.FilePath ?? context.TextDocument.Name)
            || await FindAsync(context.TextDocument.Project, context.CancellationToken).ConfigureAwait(false) is not LockDocuments documents
            || documents.Lock.Id != context.TextDocument.Id)
        {
            return null;
        }
        return documents;
    }

    /// <summary>The 0-based words.lock line a diagnostic is on.</summary>
    public static int LineOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    /// <summary>The solution with words.lock's lines edited.</summary>
    public Solution WithEdits(System.Collections.Generic.IReadOnlyList<LineEdit> edits) => WithLockText(LineEdit.Apply(Text.ToString(), edits));

    /// <summary>The solution with words.lock's text replaced.</summary>
    public Solution WithLockText(string text) =>
        Lock.Project.Solution.WithAdditionalDocumentText(Lock.Id, SourceText.From(text, Text.Encoding));

    private static TextDocument? Single(Project project, System.Func<string, bool> isWanted, string fileName)
    {
        TextDocument? found = null;
        foreach (TextDocument document in project.AdditionalDocuments)
        {
            if (document.FilePath is string path ? isWanted(path) : document.Name == fileName)
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
}
