using System.Xml.Linq;
using CodeSearch.Core.Reference;

namespace CodeSearch.Importer.Tabular;

/// <summary>Reads a diag's &lt;sevenChrDef&gt;: one <see cref="SevenCharacter"/> per &lt;extension char="X"&gt;.</summary>
internal static class SevenCharacterDefinitions
{
    public static IReadOnlyList<SevenCharacter> Read(XElement diag, string source)
    {
        var definition = diag.Element("sevenChrDef");
        if (definition is null) return [];
        var characters = new List<SevenCharacter>();
        foreach (var extension in definition.Elements("extension"))
        {
            var value = XmlText.RequiredAttribute(extension, "char", source);
            if (value.Length != 1 || !char.IsAsciiLetterOrDigit(value[0]))
            {
                throw XmlText.Error(source, extension, $"<extension char=\"{value}\"> is not a single letter or digit");
            }
            var text = XmlText.Value(extension);
            if (text.Length == 0) throw XmlText.Error(source, extension, $"<extension char=\"{value}\"> has no text");
            if (characters.Exists(c => c.Character == value[0])) throw XmlText.Error(source, extension, $"7th character {value} is defined twice");
            characters.Add(new SevenCharacter(value[0], text));
        }
        return characters.Count > 0 ? characters : throw XmlText.Error(source, definition, "<sevenChrDef> has no <extension>");
    }
}
