using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>
/// SF1001, SF1002, SF1003, SF1004 and SF1009: each [ForthWord] against words.lock, bound with the generator's own
/// DictionaryModel.Bind. Runs only when the project has exactly one words.lock and it has no mistakes (until then
/// WordsLockFileAnalyzer speaks, and binding against a broken lock would only add noise).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WordBindingAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property keys the code fixes read, so they never need a semantic model.</summary>
    public const string NameProperty = "Name";
    public const string VocabularyProperty = "Vocabulary";
    public const string FlagsProperty = "Flags";
    public const string LockIdProperty = "LockId";
    public const string LockFlagsProperty = "LockFlags";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingLockEntry,
        DiagnosticDescriptors.WordIdDrift,
        DiagnosticDescriptors.UnboundLockEntry,
        DiagnosticDescriptors.DuplicateWordId,
        DiagnosticDescriptors.FlagsDiffer);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(ForthWordDeclaration.AttributeMetadataName) is not INamedTypeSymbol attributeType
                || LockFile.Find(start.Options.AdditionalFiles, start.CancellationToken) is not LockFile lockFile
                || !lockFile.Lock.IsValid)
            {
                return;
            }
            var binding = new Binding(lockFile);
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    foreach (ForthWordDeclaration declaration in ForthWordDeclaration.Read((IMethodSymbol)symbolContext.Symbol, attributeType, symbolContext.CancellationToken))
                    {
                        binding.Analyze(declaration, symbolContext.ReportDiagnostic);
                    }
                },
                SymbolKind.Method);
            start.RegisterCompilationEndAction(endContext => binding.Finish(endContext.Compilation, endContext.ReportDiagnostic));
        });
    }

    private sealed class Binding
    {
        private readonly LockFile lockFile;
        private readonly Dictionary<int, LockEntry> entriesById = new();
        private readonly ConcurrentBag<(ForthWordDeclaration Declaration, int WordId)> bound = new();
        private readonly ConcurrentDictionary<int, bool> claimed = new();

        public Binding(LockFile lockFile)
        {
            this.lockFile = lockFile;
            foreach (LockEntry entry in lockFile.Lock.Entries)
            {
                entriesById[entry.WordId] = entry;
            }
        }

        private WordsLock Lock => lockFile.Lock;

        public void Analyze(ForthWordDeclaration declaration, System.Action<Diagnostic> report)
        {
            WordDeclaration word = declaration.Word;
            int wordId = DictionaryModel.Bind(Lock, word);
            if (wordId >= 0)
            {
                claimed[wordId] = true;
                if (word.HasValidSignature)
                {
                    bound.Add((declaration, wordId));
                }
                LockEntry entry = entriesById[wordId];
                if (entry.Flags != word.Flags)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(LockFlagsProperty, entry.Flags.ToString(CultureInfo.InvariantCulture));
                    report(Diagnostic.Create(
                        DiagnosticDescriptors.FlagsDiffer, declaration.Location, properties,
                        word.Name, wordId, WordsLock.FormatFlags(word.Flags), WordsLock.FormatFlags(entry.Flags)));
                }
                return;
            }

            if (word.ExplicitId >= 0 && entriesById.TryGetValue(word.ExplicitId, out LockEntry declared)
                && declared.Retired && declared.Name == word.Name && declared.Vocabulary == word.Vocabulary)
            {
                claimed[declared.WordId] = true;
                report(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateWordId, declaration.Location, new[] { lockFile.LineLocation(declared.Line) },
                    word.Name, declared.WordId, "it was retired on words.lock line " + (declared.Line + 1)));
                return;
            }

            if (word.ExplicitId >= 0 && NewestLive(word) is LockEntry locked)
            {
                // The name is locked, just not under the id the attribute states.
                claimed[locked.WordId] = true;
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(LockIdProperty, locked.WordId.ToString(CultureInfo.InvariantCulture));
                report(Diagnostic.Create(
                    DiagnosticDescriptors.WordIdDrift, declaration.Location, new[] { lockFile.LineLocation(locked.Line) }, properties,
                    word.Name, word.ExplicitId, locked.WordId));
                return;
            }

            var missing = ImmutableDictionary<string, string?>.Empty
                .Add(NameProperty, word.Name)
                .Add(VocabularyProperty, word.Vocabulary)
                .Add(FlagsProperty, word.Flags.ToString(CultureInfo.InvariantCulture));
            report(Diagnostic.Create(
                DiagnosticDescriptors.MissingLockEntry, declaration.Location, missing,
                word.Name, word.Vocabulary, Lock.NextFreeWordId));
        }

        public void Finish(Compilation compilation, System.Action<Diagnostic> report)
        {
            // The generator gives an entry to the first declaration in source order; later ones are dropped.
            var treeOrder = new Dictionary<SyntaxTree, int>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                treeOrder[tree] = treeOrder.Count;
            }
            var inOrder = new List<(ForthWordDeclaration Declaration, int WordId)>(bound);
            inOrder.Sort((a, b) =>
            {
                int byTree = Order(treeOrder, a.Declaration).CompareTo(Order(treeOrder, b.Declaration));
                return byTree != 0 ? byTree : a.Declaration.Attribute.SpanStart.CompareTo(b.Declaration.Attribute.SpanStart);
            });
            var winners = new Dictionary<int, ForthWordDeclaration>();
            foreach ((ForthWordDeclaration declaration, int wordId) in inOrder)
            {
                if (!winners.TryGetValue(wordId, out ForthWordDeclaration first))
                {
                    winners.Add(wordId, declaration);
                    continue;
                }
                report(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateWordId, declaration.Location, new[] { first.Location },
                    declaration.Word.Name, wordId, first.Method.Name + " already has it"));
            }

            foreach (LockEntry entry in Lock.Entries)
            {
                if (!entry.Retired && !claimed.ContainsKey(entry.WordId))
                {
                    report(Diagnostic.Create(
                        DiagnosticDescriptors.UnboundLockEntry, lockFile.LineLocation(entry.Line), entry.WordId, entry.Name, entry.Vocabulary));
                }
            }
        }

        private static int Order(Dictionary<SyntaxTree, int> treeOrder, ForthWordDeclaration declaration) =>
            treeOrder.TryGetValue(declaration.Attribute.SyntaxTree, out int order) ? order : int.MaxValue;

        private LockEntry? NewestLive(WordDeclaration word)
        {
            for (int i = Lock.Entries.Count - 1; i >= 0; i--)
            {
                LockEntry entry = Lock.Entries[i];
                if (!entry.Retired && entry.Name == word.Name && entry.Vocabulary == word.Vocabulary)
                {
                    return entry;
                }
            }
            return null;
        }
    }
}
