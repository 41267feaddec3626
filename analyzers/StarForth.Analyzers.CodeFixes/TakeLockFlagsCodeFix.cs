using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StarForth.Generators;

namespace StarForth.Analyzers.CodeFixes;

/// <summary>SF1009: the attribute takes the lock's flags, written as WordFlags names, so the canonical hash stays.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TakeLockFlagsCodeFix)), Shared]
public sealed class TakeLockFlagsCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.FlagsDiffer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(WordBindingAnalyzer.LockFlagsProperty, out string? flagsText)
            || !int.TryParse(flagsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int lockFlags)
            || await AttributeArgument.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not AttributeSyntax attribute)
        {
            return;
        }
        context.RegisterCodeFix(
            CodeAction.Create(
                "Use flags " + WordsLock.FormatFlags(lockFlags) + " from words.lock",
                cancellationToken => lockFlags == 0
                    ? AttributeArgument.RemoveAsync(context.Document, attribute, "Flags", cancellationToken)
                    : AttributeArgument.SetAsync(context.Document, attribute, "Flags", Expression(lockFlags), cancellationToken),
                equivalenceKey: nameof(TakeLockFlagsCodeFix)),
            diagnostic);
    }

    public static ExpressionSyntax Expression(int flags)
    {
        ExpressionSyntax? result = null;
        int rest = flags;
        foreach ((int value, string name) in WordFlagNames.LowestFirst)
        {
            if ((rest & value) != 0)
            {
                rest &= ~value;
                result = Or(result, SyntaxFactory.ParseExpression("WordFlags." + name));
            }
        }
        if (rest != 0)
        {
            result = Or(result, SyntaxFactory.ParseExpression("(WordFlags)" + WordsLock.FormatFlags(rest)));
        }
        return result!;
    }

    private static ExpressionSyntax Or(ExpressionSyntax? left, ExpressionSyntax right) =>
        left == null ? right : SyntaxFactory.ParseExpression(left.ToString() + " | " + right.ToString());
}
