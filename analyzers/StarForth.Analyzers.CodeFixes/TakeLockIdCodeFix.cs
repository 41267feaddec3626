using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StarForth.Analyzers.CodeFixes;

/// <summary>SF1002: the lock decides, so the attribute takes the lock's word_id.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TakeLockIdCodeFix)), Shared]
public sealed class TakeLockIdCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.WordIdDrift.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(WordBindingAnalyzer.LockIdProperty, out string? idText)
            || !int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out int lockId)
            || await AttributeArgument.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not AttributeSyntax attribute)
        {
            return;
        }
        ExpressionSyntax value = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(lockId));
        context.RegisterCodeFix(
            CodeAction.Create(
                "Use word_id " + idText + " from words.lock",
                cancellationToken => AttributeArgument.SetAsync(context.Document, attribute, "Id", value, cancellationToken),
                equivalenceKey: nameof(TakeLockIdCodeFix)),
            diagnostic);
    }
}
