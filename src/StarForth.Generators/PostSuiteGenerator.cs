using System.Linq;
using Microsoft.CodeAnalysis;

namespace StarForth.Generators;

/// <summary>
/// Embeds the POST suite: the AdditionalFiles marked as POST files become PostSuite.g.cs, in file-name order, so that
/// the hosted build and StarKernel's test image run the very same files. Files not marked are not its business.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PostSuiteGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<EquatableArray<PostFile>> postFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static input => PostFile.IsPostFile(input.Right.GetOptions(input.Left)))
            .Select(static (input, cancellationToken) =>
                new PostFile(System.IO.Path.GetFileName(input.Left.Path), input.Left.GetText(cancellationToken)?.ToString() ?? ""))
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
    }
}
