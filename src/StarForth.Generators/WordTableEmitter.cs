using System.Globalization;
using System.Text;

namespace StarForth.Generators;

/// <summary>Writes GeneratedWordSet.g.cs: the bootstrap table, with each entry's flags, vocabulary and hash.</summary>
public static class WordTableEmitter
{
    /// <summary>Entries per bootstrap method (see <see cref="Emit"/>).</summary>
    private const int BootstrapPartSize = 128;

    public static string Emit(DictionaryModel model)
    {
        var source = new StringBuilder(EmittedSource.FileHeader);
        source.Append("/// <summary>The bootstrap dictionary: every words.lock entry, oldest first.</summary>\n");
        source.Append("public sealed partial class GeneratedWordSet : global::StarForth.WordSet\n{\n");
        source.Append("    public const int EntryCount = ").Append(model.Entries.Count).Append(";\n");
        source.Append("    public const int LatestWordId = ").Append(model.LatestWordId).Append(";\n");
        source.Append("    public const ulong HeaderHash = ").Append(EmittedSource.Hex(model.HeaderHash)).Append(";\n\n");
        source.Append("    public override int BootstrapEntryCount => EntryCount;\n\n");
        source.Append("    public override int BootstrapLatestWordId => LatestWordId;\n\n");
        source.Append("    public override ulong BootstrapHeaderHash => HeaderHash;\n\n");
        // In parts of BootstrapPartSize entries: one method for the whole table outgrows a 4 KiB stack frame, which
        // ilc then probes through RhpStackProbe, a helper StarKernel's runtime does not have.
        int parts = (model.Entries.Count + BootstrapPartSize - 1) / BootstrapPartSize;
        source.Append("    public override void DefineBootstrapWords(global::StarForth.Machine machine)\n    {\n");
        for (int part = 0; part < parts; part++)
        {
            source.Append("        DefineBootstrapWords").Append(part).Append("(machine);\n");
        }
        source.Append("    }\n");
        for (int index = 0; index < model.Entries.Count; index++)
        {
            DictionaryEntry entry = model.Entries[index];
            if (index % BootstrapPartSize == 0)
            {
                source.Append(index == 0 ? "\n" : "    }\n\n");
                source.Append("    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]\n");
                source.Append("    private static void DefineBootstrapWords").Append(index / BootstrapPartSize)
                    .Append("(global::StarForth.Machine machine)\n    {\n");
            }
            source.Append("        machine.Dictionary.DefineBootstrapWord(")
                .Append(entry.WordId).Append(", ")
                .Append(Utf8Literal(entry.Name)).Append(", ")
                .Append(FlagsExpression(entry.Flags)).Append(", ")
                .Append("global::StarForth.Vocabulary.").Append(entry.VocabularyIndex == Vocabulary.StarForth ? nameof(Vocabulary.StarForth) : nameof(Vocabulary.Forth)).Append(", ")
                .Append("implemented: ").Append(entry.Primitive.HasValue ? "true" : "false").Append(", ")
                .Append("entryHash: ").Append(EmittedSource.Hex(entry.EntryHash)).Append(");\n");
        }
        source.Append(model.Entries.Count > 0 ? "    }\n\n" : "\n");
        source.Append("    public override global::StarForth.WordOperand OperandOf(int wordId)\n    {\n");
        source.Append("        switch (wordId)\n        {\n");
        foreach (DictionaryEntry entry in model.Entries)
        {
            if (entry.Primitive is WordDeclaration primitive && primitive.Operand != 0)
            {
                source.Append("            case ").Append(entry.WordId).Append(": // ").Append(entry.Name).Append('\n');
                source.Append("                return global::StarForth.WordOperand.").Append(((WordOperand)primitive.Operand).ToString()).Append(";\n");
            }
        }
        source.Append("            default:\n                return global::StarForth.WordOperand.None;\n");
        source.Append("        }\n    }\n}\n");
        return source.ToString();
    }

    private static string FlagsExpression(int flags)
    {
        if (flags == 0)
        {
            return "global::StarForth.WordFlags.None";
        }
        var names = new StringBuilder();
        int rest = flags;
        for (int i = WordFlagNames.LowestFirst.Count - 1; i >= 0; i--)
        {
            (int bit, string name) = WordFlagNames.LowestFirst[i];
            if ((flags & bit) != 0)
            {
                names.Append(names.Length == 0 ? "" : " | ").Append("global::StarForth.WordFlags.").Append(name);
                rest &= ~bit;
            }
        }
        if (rest != 0)
        {
            names.Append(names.Length == 0 ? "" : " | ").Append("(global::StarForth.WordFlags)0x").Append(rest.ToString("X", CultureInfo.InvariantCulture));
        }
        return names.ToString();
    }

    private static string Utf8Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"' || c == '\\')
            {
                literal.Append('\\');
            }
            literal.Append(c);
        }
        return literal.Append("\"u8").ToString();
    }
}
