using Microsoft.CodeAnalysis.Diagnostics;

namespace StarForth.Generators;

/// <summary>One POST source file (a word module's <c>*.fs</c>), embedded so that StarKernel runs the very same suite.</summary>
public readonly record struct PostFile(string Name, string Text)
{
    /// <summary>The AdditionalFiles metadata that marks a POST file (set by src/StarForth.Words/PostSuite.props).</summary>
    public const string MetadataName = "StarForthPostSuite";

    private const string MetadataKey = "build_metadata.AdditionalFiles." + MetadataName;

    public static bool IsPostFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(MetadataKey, out string? value) && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);
}
