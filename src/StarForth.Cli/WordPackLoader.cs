using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;
using System.Text;

namespace StarForth.Cli;

/// <summary>
/// --words FILE: loads a word pack assembly (built with the StarForth.Sdk package) and registers each
/// <see cref="WordPack"/> it contains on the session's machine. A NativeAOT starforth cannot load assemblies and
/// says so.
/// </summary>
public static class WordPackLoader
{
    /// <summary>Registers the packs of every file; false after a one-line message on <paramref name="errors"/>.</summary>
    public static bool RegisterAll(Machine machine, string[] files, TextWriter errors)
    {
        foreach (string file in files)
        {
            if (!Register(machine, file, errors))
            {
                return false;
            }
        }
        return true;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A pack is loaded only where the runtime can load assemblies; NativeAOT is refused first.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above: the pack's types come from an assembly loaded at run time.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above: GetConstructor on a type of that assembly.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above.")]
    private static bool Register(Machine machine, string file, TextWriter errors)
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            errors.WriteLine($"starforth: {file}: this starforth is compiled ahead of time and cannot load word packs");
            return false;
        }
        if (!File.Exists(file))
        {
            errors.WriteLine($"starforth: {file}: no such file");
            return false;
        }
        Type[] types;
        try
        {
            types = Assembly.LoadFrom(Path.GetFullPath(file)).GetExportedTypes();
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or IOException or TypeLoadException)
        {
            errors.WriteLine($"starforth: {file}: not a .NET assembly of a word pack ({exception.Message})");
            return false;
        }
        int registered = 0;
        foreach (Type type in types)
        {
            if (!typeof(WordPack).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) == null)
            {
                continue;
            }
            var pack = (WordPack)Activator.CreateInstance(type)!;
            long code = machine.Packs.Register(pack);
            if (code != 0)
            {
                string name = Encoding.UTF8.GetString(pack.Name);
                errors.WriteLine($"starforth: {file}: word pack {name} not added: {code} {Encoding.UTF8.GetString(ThrowCode.Describe(code))} (a pack of that name or id range is there already, or its range is below {WordPacks.FirstPackWordId})");
                return false;
            }
            registered++;
        }
        if (registered == 0)
        {
            errors.WriteLine($"starforth: {file}: contains no word pack (build it with the StarForth.Sdk package and a '#pack' words.lock)");
            return false;
        }
        return true;
    }
}
