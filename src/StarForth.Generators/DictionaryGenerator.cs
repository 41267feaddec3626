using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StarForth.Generators;

/// <summary>
/// Turns the [ForthWord] methods of a compilation and its words.lock into the bootstrap dictionary, the
/// word_id constants and the inner interpreter's dispatch. It reports nothing: when its input is unusable it
/// emits nothing, and the analyzers explain why.
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

        IncrementalValueProvider<string?> lockText = context.AdditionalTextsProvider
            .Where(static file => WordsLock.IsLockFile(file.Path))
            .Select(static (file, cancellationToken) => file.GetText(cancellationToken)?.ToString())
            .Collect()
            .Select(static (texts, _) => texts.Length == 1 ? texts[0] : null)
            .WithTrackingName(TrackingNames.LockText);

        IncrementalValueProvider<EquatableArray<NamePair>> fusedPairs = context.AdditionalTextsProvider
            .Where(static file => FusedPairs.IsPairsFile(file.Path))
            .Select(static (file, cancellationToken) => FusedPairs.Parse(file.GetText(cancellationToken)?.ToString() ?? ""))
            .Collect()
            .Select(static (files, _) => files.Length == 1 ? files[0] : new EquatableArray<NamePair>(System.Array.Empty<NamePair>()))
            .WithTrackingName(TrackingNames.FusedPairs);

        IncrementalValueProvider<DictionaryModel?> dictionary = declarations
            .Combine(lockText)
            .Combine(fusedPairs)
            .Select(static (input, _) => BuildModel(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Dictionary);

        IncrementalValueProvider<EquatableArray<PostFile>> postFiles = context.AdditionalTextsProvider
            .Where(static file => PostFile.IsPostFile(file.Path))
            .Select(static (file, cancellationToken) => new PostFile(System.IO.Path.GetFileName(file.Path), file.GetText(cancellationToken)?.ToString() ?? ""))
            .Collect()
            .Select(static (files, _) => new EquatableArray<PostFile>(files.OrderBy(file => file.Name, System.StringComparer.Ordinal).ToArray()))
            .WithTrackingName(TrackingNames.PostFiles);

        context.RegisterSourceOutput(postFiles, static (output, files) =>
        {
            if (files.Count > 0)
            {
                output.AddSource("PostSuite.g.cs", PostSuiteEmitter.Emit(files));
            }
        });

        context.RegisterSourceOutput(dictionary, static (output, model) =>
        {
            if (model is DictionaryModel usable)
            {
                output.AddSource("WordIds.g.cs", WordIdsEmitter.Emit(usable));
                output.AddSource("GeneratedWordSet.g.cs", WordTableEmitter.Emit(usable));
                output.AddSource("GeneratedWordSet.InnerInterpreter.g.cs", InnerInterpreterEmitter.Emit(usable));
            }
        });
    }

    private static DictionaryModel? BuildModel(EquatableArray<WordDeclaration> declarations, string? lockText, EquatableArray<NamePair> fusedPairs)
    {
        if (lockText == null)
        {
            return null;
        }
        WordsLock wordsLock = WordsLock.Parse(lockText);
        return wordsLock.IsValid ? DictionaryModel.Build(wordsLock, declarations, fusedPairs) : null;
    }

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
