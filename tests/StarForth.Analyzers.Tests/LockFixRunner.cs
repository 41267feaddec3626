using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace StarForth.Analyzers.Tests;

/// <summary>
/// Runs an analyzer over a workspace project with words.lock (and its baseline) as additional documents, then a code
/// fix on one diagnostic in words.lock, the way an IDE does. (The testing library offers fixes for source documents
/// only; a fix on a lock line is reached through its CodeFixContext for additional documents.)
/// </summary>
internal static class LockFixRunner
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, string FixedLock)> FixAsync<TAnalyzer, TFix>(
        string source, string lockText, string? shippedLockText, string diagnosticId)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Words", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
        project = project.AddDocument("Stubs.cs", Verify.Stubs).Project.AddDocument("Words.cs", source).Project;
        TextDocument lockDocument = project.AddAdditionalDocument(Verify.LockPath, lockText, filePath: "/" + Verify.LockPath);
        project = lockDocument.Project;
        if (shippedLockText != null)
        {
            project = project.AddAdditionalDocument(Verify.ShippedLockPath, shippedLockText, filePath: "/" + Verify.ShippedLockPath).Project;
        }

        Compilation compilation = (await project.GetCompilationAsync())!;
        var additionalTexts = project.AdditionalDocuments.Select(document => (AdditionalText)new DocumentText(document)).ToImmutableArray();
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), new AnalyzerOptions(additionalTexts))
            .GetAnalyzerDiagnosticsAsync();

        Diagnostic target = diagnostics.Single(diagnostic => diagnostic.Id == diagnosticId);
        TextDocument fixedDocument = project.GetAdditionalDocument(lockDocument.Id)!;
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(fixedDocument, target, (action, _) => actions.Add(action), CancellationToken.None);
        await new TFix().RegisterCodeFixesAsync(context);
        ImmutableArray<CodeActionOperation> operations = await actions.Single().GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        SourceText fixedText = await changed.GetAdditionalDocument(lockDocument.Id)!.GetTextAsync();
        return (diagnostics, fixedText.ToString());
    }

    private sealed class DocumentText : AdditionalText
    {
        private readonly TextDocument document;

        public DocumentText(TextDocument document) => this.document = document;

        public override string Path => document.FilePath!;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            document.GetTextAsync(cancellationToken).GetAwaiter().GetResult();
    }
}
