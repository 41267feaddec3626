using System;

namespace StarForth.Generators;

/// <summary>One POST source file (tests/post/*.fs), embedded so that StarKernel runs the very same suite.</summary>
public readonly record struct PostFile(string Name, string Text)
{
    /// <summary>AdditionalFiles named *.fs in a folder named post are the POST suite.</summary>
    public static bool IsPostFile(string path)
    {
        string normalized = path.Replace('\\', '/');
        return normalized.EndsWith(".fs", StringComparison.Ordinal)
            && normalized.IndexOf("/post/", StringComparison.Ordinal) >= 0
            && normalized.LastIndexOf('/') == normalized.IndexOf("/post/", StringComparison.Ordinal) + "/post".Length;
    }
}
