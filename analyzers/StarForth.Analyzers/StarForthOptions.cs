using System;
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

    public static bool IsKernelSafe(AnalyzerOptions options, SyntaxTree tree)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(KernelSafeKey, out string? value))
        {
            return IsTrue(value);
        }
        return options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(KernelSafeProperty, out value) && IsTrue(value);
    }

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
