using System;
using System.IO;

namespace StarForth.Testing;

/// <summary>The checkout the tests run from: the folder above the test assembly that holds StarForth.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory != null && !File.Exists(System.IO.Path.Combine(directory, "StarForth.sln")))
        {
            directory = System.IO.Path.GetDirectoryName(directory);
        }
        return directory ?? throw new InvalidOperationException("StarForth.sln not found above " + AppContext.BaseDirectory);
    }
}
