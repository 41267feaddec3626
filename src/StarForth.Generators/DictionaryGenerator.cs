using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StarForth.Generators;

/// <summary>
/// Turns the [ForthWord] methods of a compilation and its words.lock into the bootstrap dictionary, the
/// word_id constants and the inner interpreter's dispatch. It reports nothing: the analyzers explain what is wrong
/// with its input, and it emits what it can (nothing only when there is no words.lock).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DictionaryGenerator : IIncrementalGenerator
{
    public const string AttributeMetadataName = "StarForth.ForthWordAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<EquatableArray<WordDeclaration>> declarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeMetadataName,
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (syntaxContext, cancellationToken) => ReadDeclarations(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.Declarations)
            .SelectMany(static (methodDeclarations, _) => methodDeclarations)
            .Collect()
            .Select(static (all, _) => new EquatableArray<WordDeclaration>(all.ToArray()))
            .WithTrackingName(TrackingNames.AllDeclarations);

        IncrementalValueProvider<string?> lockText = SingleText(context, WordsLock.IsLockFile)
            .WithTrackingName(TrackingNames.LockText);

        IncrementalValueProvider<string?> shippedLockText = SingleText(context, WordsLock.IsShippedLockFile)
            .WithTrackingName(TrackingNames.ShippedLockText);

        IncrementalValueProvider<EquatableArray<NamePair>> fusedPairs = context.AdditionalTextsProvider
            .Where(static file => FusedPairs.IsPairsFile(file.Path))
            .Select(static (file, cancellationToken) => FusedPairs.Parse(file.GetText(cancellationToken)?.ToString() ?? ""))
            .Collect()
            .Select(static (files, _) => files.Length == 1 ? files[0] : new EquatableArray<NamePair>(System.Array.Empty<NamePair>()))
            .WithTrackingName(TrackingNames.FusedPairs);

        IncrementalValueProvider<DictionaryModel?> dictionary = declarations
            .Combine(lockText.Combine(shippedLockText))
            .Combine(fusedPairs)
            .Select(static (input, _) => BuildModel(input.Left.Left, input.Left.Right.Left, input.Left.Right.Right, input.Right))
            .WithTrackingName(TrackingNames.Dictionary);

        context.RegisterSourceOutput(dictionary, static (output, model) =>
        {
            if (model is DictionaryModel { Pack: LockPack pack } packModel)
            {
                // A word pack's lock: the pack's registration and dispatch, not a dictionary of its own.
                output.AddSource("GeneratedWordPack.g.cs", WordPackEmitter.Emit(packModel, pack));
            }
            else if (model is DictionaryModel usable)
            {
                output.AddSource("WordIds.g.cs", WordIdsEmitter.Emit(usable));
                output.AddSource("GeneratedWordSet.g.cs", WordTableEmitter.Emit(usable));
                output.AddSource("GeneratedWordSet.InnerInterpreter.g.cs", InnerInterpreterEmitter.Emit(usable));
            }
        });
    }

    /// <summary>The text of the one additional file that matches, or null when there is none or more than one.</summary>
    private static IncrementalValueProvider<string?> SingleText(IncrementalGeneratorInitializationContext context, System.Func<string, bool> isWanted) =>
        context.AdditionalTextsProvider
            .Where(file => isWanted(file.Path))
            .Select(static (file, cancellationToken) => file.GetText(cancellationToken)?.ToString())
            .Collect()
            .Select(static (texts, _) => texts.Length == 1 ? texts[0] : null);

    /// <summary>
    /// The dictionary from the lock as read against its baseline. A lock with mistakes still gives a whole table
    /// (shipped entries as shipped, the new lines that could be placed), so the only errors a user sees are the
    /// analyzers' SF ones, never a cascade from missing generated code.
    /// </summary>
    private static DictionaryModel? BuildModel(EquatableArray<WordDeclaration> declarations, string? lockText, string? shippedLockText, EquatableArray<NamePair> fusedPairs) =>
        lockText == null ? null : DictionaryModel.Build(WordsLock.Read(lockText, shippedLockText), declarations, fusedPairs);

    private static EquatableArray<WordDeclaration> ReadDeclarations(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)context.TargetSymbol;
        PrimitiveSignature signature = PrimitiveSignature.Read(method);
        ImmutableArray<WordDeclaration>.Builder result = ImmutableArray.CreateBuilder<WordDeclaration>();
        foreach (AttributeData attribute in context.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (WordDeclarationReader.Read(attribute, method, signature) is WordDeclaration declaration)
            {
                result.Add(declaration);
            }
        }
        return new EquatableArray<WordDeclaration>(result.ToArray());
    }
}
