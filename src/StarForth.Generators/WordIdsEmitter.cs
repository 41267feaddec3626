using System.Text;

namespace StarForth.Generators;

/// <summary>Writes WordIds.g.cs: a constant per primitive, named after its method.</summary>
public static class WordIdsEmitter
{
    public static string Emit(DictionaryModel model)
    {
        var source = new StringBuilder(EmittedSource.FileHeader);
        source.Append("/// <summary>The word_id of every primitive, as frozen in words.lock.</summary>\n");
        source.Append("public static class WordIds\n{\n");
        foreach (DictionaryEntry entry in model.Entries)
        {
            if (entry.ConstantName != null)
            {
                source.Append("    /// <summary>").Append(XmlEscape(entry.Name)).Append("</summary>\n");
                source.Append("    public const int ").Append(entry.ConstantName).Append(" = ").Append(entry.WordId).Append(";\n");
            }
        }
        source.Append("}\n");
        return source.ToString();
    }

    private static string XmlEscape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
