using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;

namespace StarForth.Cli;

/// <summary>
/// HELP word at the REPL: the word's stack effect and summary, from its [ForthWord] attribute (the core's and the
/// registered packs') or, for a colon definition, from the stack comment it was defined with.
/// </summary>
public sealed class WordHelp
{
    private readonly Machine machine;
    private readonly StackComments comments;
    private Dictionary<string, List<ForthWordAttribute>>? declared;

    public WordHelp(Machine machine, StackComments comments)
    {
        this.machine = machine;
        this.comments = comments;
    }

    /// <summary>True when <paramref name="line"/> is a HELP request (<c>HELP</c> or <c>HELP name</c>), any case.</summary>
    public static bool IsRequest(string line, out string word)
    {
        string[] tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        word = tokens.Length == 2 ? tokens[1] : "";
        return tokens.Length is 1 or 2 && tokens[0].Equals("HELP", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text HELP prints for <paramref name="word"/> ("" asks for the REPL's own help).</summary>
    public string Describe(string word)
    {
        if (word.Length == 0)
        {
            return "HELP word: its stack effect and what it does.  WORDS lists the words, SEE word shows a definition.\n"
                + "Keys: Tab completes a word; Up/Down (Ctrl-P/N) walk the history; Ctrl-A/E start/end of line;\n"
                + "Ctrl-U/K delete to the start/end; Ctrl-W deletes the word before the cursor; Ctrl-D on an empty line leaves.\n";
        }
        int wordId = machine.Lookup.Find(Encoding.UTF8.GetBytes(word));
        if (wordId < 0)
        {
            return $"{word} is not a word (WORDS lists them)\n";
        }
        string name = Encoding.UTF8.GetString(machine.WordTable.NameOf(wordId));
        WordKind kind = machine.WordTable.KindOf(wordId);
        if (kind is WordKind.Primitive or WordKind.PackPrimitive && Declaration(name, wordId) is ForthWordAttribute attribute)
        {
            string what = kind == WordKind.PackPrimitive ? "word pack primitive" : "primitive";
            string summary = attribute.Summary is { Length: > 0 } text ? "\n  " + text : "";
            return $"{name} {attribute.StackEffect}  {what}{Immediate(wordId)}{summary}\n";
        }
        string effect = comments.Of(name) ?? "( no stack comment )";
        return $"{name} {effect}  {Describe(kind)}{Immediate(wordId)}\n";
    }

    private string Immediate(int wordId) => (machine.WordTable.FlagsOf(wordId) & WordFlags.Immediate) != 0 ? ", immediate" : "";

    private static string Describe(WordKind kind) => kind switch
    {
        WordKind.Colon => "colon definition",
        WordKind.Create => "CREATE or VARIABLE",
        WordKind.Constant => "CONSTANT",
        WordKind.Value => "VALUE",
        WordKind.TwoConstant => "2CONSTANT",
        WordKind.Does => "CREATE ... DOES> word",
        WordKind.Defer => "DEFER",
        WordKind.Marker => "MARKER",
        WordKind.Unimplemented => "not implemented in this build",
        _ => "primitive",
    };

    /// <summary>The attribute that declared the word: the one naming its id, else the newest of its name.</summary>
    private ForthWordAttribute? Declaration(string name, int wordId)
    {
        declared ??= ReadDeclarations();
        if (!declared.TryGetValue(name, out List<ForthWordAttribute>? candidates))
        {
            return null;
        }
        foreach (ForthWordAttribute candidate in candidates)
        {
            if (candidate.Id == wordId)
            {
                return candidate;
            }
        }
        return candidates[^1];
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "HELP reads the attributes of the words assemblies that are loaded; a trimmed build shows less help, never fails.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above.")]
    [UnconditionalSuppressMessage("Trimming", "IL2065", Justification = "As above; the NativeAOT build roots StarForth.Words, so its word methods keep their attributes.")]
    private static Dictionary<string, List<ForthWordAttribute>> ReadDeclarations()
    {
        var result = new Dictionary<string, List<ForthWordAttribute>>(StringComparer.OrdinalIgnoreCase);
        // Compiled ahead of time, starforth has only the core words (it cannot load packs, nor list an assembly's
        // references); with the JIT, every loaded assembly built against the VM may declare words.
        Assembly[] assemblies = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported
            ? AppDomain.CurrentDomain.GetAssemblies()
            : new[] { typeof(StarForth.Words.GeneratedWordSet).Assembly };
        foreach (Assembly assembly in assemblies)
        {
            if (assembly.IsDynamic || (assembly != typeof(StarForth.Words.GeneratedWordSet).Assembly && !ReferencesVm(assembly)))
            {
                continue;
            }
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                types = Array.FindAll(exception.Types, type => type != null)!;
            }
            foreach (Type type in types)
            {
                foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    foreach (ForthWordAttribute attribute in method.GetCustomAttributes<ForthWordAttribute>())
                    {
                        if (!result.TryGetValue(attribute.Name, out List<ForthWordAttribute>? list))
                        {
                            result[attribute.Name] = list = new List<ForthWordAttribute>();
                        }
                        list.Add(attribute);
                    }
                }
            }
        }
        return result;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Assembly names only; a trimmed build still has the references of the assemblies it kept.")]
    private static bool ReferencesVm(Assembly assembly)
    {
        string? vm = typeof(Machine).Assembly.GetName().Name;
        foreach (AssemblyName reference in assembly.GetReferencedAssemblies())
        {
            if (reference.Name == vm)
            {
                return true;
            }
        }
        return false;
    }
}
