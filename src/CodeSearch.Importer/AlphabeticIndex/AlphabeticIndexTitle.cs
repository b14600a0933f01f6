using System.Text;
using System.Xml.Linq;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.AlphabeticIndex;

/// <summary>Splits an index &lt;title&gt; into its printed title without nonessential modifiers and the modifiers themselves.</summary>
internal static class AlphabeticIndexTitle
{
    /// <summary>
    /// "vein&lt;nemod&gt;(peripheral)&lt;/nemod&gt; NEC" gives ("vein NEC", ["(peripheral)"]). Where a modifier sat between two
    /// letters ("autonomic(poly)neuropathy") a space keeps the words apart; after a hyphen or before punctuation nothing is added.
    /// A title that is nothing but a modifier ("&lt;nemod&gt;(taser)&lt;/nemod&gt;" under Shock › electric) keeps it as its text.
    /// </summary>
    public static (string Text, IReadOnlyList<string> Modifiers) Split(XElement title)
    {
        var text = new StringBuilder();
        List<string>? modifiers = null;
        var afterModifier = false;
        foreach (var node in title.Nodes())
        {
            if (node is XElement { Name.LocalName: "nemod" } nemod)
            {
                var modifier = XmlText.Value(nemod);
                if (modifier.Length > 0) (modifiers ??= []).Add(modifier);
                afterModifier = true;
                continue;
            }
            var piece = node switch { XText t => t.Value, XElement e => e.Value, _ => "" };
            if (piece.Length == 0) continue;
            if (afterModifier && text.Length > 0 && char.IsLetterOrDigit(text[^1]) && char.IsLetterOrDigit(piece[0])) text.Append(' ');
            text.Append(piece);
            afterModifier = false;
        }
        var printed = XmlText.Collapse(text.ToString());
        if (printed.Length == 0 && modifiers is not null) return (string.Join(' ', modifiers), []);
        return (printed, modifiers ?? (IReadOnlyList<string>)[]);
    }
}
