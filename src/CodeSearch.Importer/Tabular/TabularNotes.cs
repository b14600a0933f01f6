using System.Xml.Linq;
using CodeSearch.Core.Reference;

namespace CodeSearch.Importer.Tabular;

/// <summary>Reads the instructional-note elements of a chapter, section or diag: one <see cref="TabularNote"/> per &lt;note&gt;.</summary>
internal static class TabularNotes
{
    private static readonly Dictionary<string, NoteKind> Kinds = new(StringComparer.Ordinal)
    {
        ["inclusionTerm"] = NoteKind.InclusionTerm,
        ["includes"] = NoteKind.Includes,
        ["excludes1"] = NoteKind.Excludes1,
        ["excludes2"] = NoteKind.Excludes2,
        ["codeFirst"] = NoteKind.CodeFirst,
        ["useAdditionalCode"] = NoteKind.UseAdditionalCode,
        ["codeAlso"] = NoteKind.CodeAlso,
        ["notes"] = NoteKind.Note,
        ["sevenChrNote"] = NoteKind.SevenCharacterNote,
    };

    /// <summary>The element's notes in document order; blank &lt;note&gt;s are skipped.</summary>
    public static IReadOnlyList<TabularNote> Read(XElement owner)
    {
        List<TabularNote>? notes = null;
        foreach (var element in owner.Elements())
        {
            if (!Kinds.TryGetValue(element.Name.LocalName, out var kind)) continue;
            foreach (var note in element.Elements("note"))
            {
                var text = XmlText.Value(note);
                if (text.Length == 0) continue;
                (notes ??= []).Add(new TabularNote(kind, text, NoteReferenceParser.Parse(text)));
            }
        }
        return notes ?? (IReadOnlyList<TabularNote>)[];
    }
}
