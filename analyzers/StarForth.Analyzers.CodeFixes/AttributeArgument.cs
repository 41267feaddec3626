using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace StarForth.Analyzers.CodeFixes;

/// <summary>Sets a named argument (Id = ..., Flags = ...) of the [ForthWord] a diagnostic points at.</summary>
internal static class AttributeArgument
{
    public static async Task<AttributeSyntax?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>();
    }

    public static async Task<Document> SetAsync(Document document, AttributeSyntax attribute, string name, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        AttributeArgumentListSyntax arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        AttributeArgumentSyntax? existing = null;
        foreach (AttributeArgumentSyntax argument in arguments.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                existing = argument;
            }
        }
        AttributeArgumentListSyntax updated = existing != null
            ? arguments.ReplaceNode(existing, existing.WithExpression(value.WithTriviaFrom(existing.Expression)))
            : arguments.AddArguments(SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), null, value).WithAdditionalAnnotations(Formatter.Annotation));
        SyntaxNode newRoot = root.ReplaceNode(attribute, attribute.WithArgumentList(updated));
        return document.WithSyntaxRoot(newRoot);
    }

    public static async Task<Document> RemoveAsync(Document document, AttributeSyntax attribute, string name, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        if (attribute.ArgumentList == null)
        {
            return document;
        }
        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                AttributeArgumentListSyntax updated = attribute.ArgumentList.WithArguments(attribute.ArgumentList.Arguments.Remove(argument));
                return document.WithSyntaxRoot(root.ReplaceNode(attribute, attribute.WithArgumentList(updated)));
            }
        }
        return document;
    }
}
