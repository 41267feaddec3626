using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StarForth.Analyzers;

/// <summary>
/// Per-project switches, set in MSBuild (surfaced with <c>CompilerVisibleProperty</c>) or in .editorconfig.
/// An .editorconfig key on a file wins over the project's MSBuild property.
/// </summary>
public static class StarForthOptions
{
    /// <summary>Turns on SF1010 for a project (MSBuild) or for matching files (.editorconfig, also to turn it off).</summary>
    public const string KernelSafeProperty = "build_property.StarForthKernelSafe";
    public const string KernelSafeKey = "starforth_kernel_safe";

    /// <summary>
    /// The lowest word_id that SF1003 requires a [ForthWord] for: entries below it were seeded from another
    /// dictionary and may stay unimplemented. Default 0: every entry is checked.
    /// </summary>
    public const string FirstCheckedWordIdProperty = "build_property.StarForthFirstCheckedWordId";
    public const string FirstCheckedWordIdKey = "starforth_first_checked_word_id";

    public static bool IsKernelSafe(AnalyzerOptions options, SyntaxTree tree)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(KernelSafeKey, out string? value))
        {
            return IsTrue(value);
        }
        return options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(KernelSafeProperty, out value) && IsTrue(value);
    }

    public static int FirstCheckedWordId(AnalyzerOptions options, AdditionalText lockFile)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(lockFile).TryGetValue(FirstCheckedWordIdKey, out string? value)
            || options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(FirstCheckedWordIdProperty, out value))
        {
            if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int firstId))
            {
                return firstId;
            }
        }
        return 0;
    }

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
