using System.Xml.Linq;
using CodeSearch.Core.Reference;

namespace CodeSearch.Importer.Tabular;

/// <summary>
/// Reads the CDC ICD-10-CM Tabular List XML (root &lt;ICD10CM.tabular&gt;) into a <see cref="TabularList"/>:
/// chapters (id = chapter number), sections (id = the id attribute, e.g. "E08-E13") and every nested &lt;diag&gt;
/// (id = undotted code), in document order, each with its own notes and 7th-character definitions.
/// </summary>
/// <remarks>
/// The introduction, each chapter's &lt;sectionIndex&gt; and elements this reader does not know (e.g. &lt;visualImpairment&gt;)
/// are skipped. &lt;note&gt;s inside &lt;sevenChrDef&gt; (continuation lines of an extension's text) are not kept.
/// </remarks>
public static class TabularXmlReader
{
    /// <summary>Reads the whole tabular list.</summary>
    /// <param name="xml">The XML (already decompressed; see <see cref="XmlSource.Open"/>).</param>
    /// <param name="releaseId">Release the list belongs to, e.g. "FY2023".</param>
    /// <param name="sourceName">File name used in error messages.</param>
    /// <param name="ct">Cancels between chapters, sections and diags.</param>
    /// <exception cref="Core.Errors.SourceDataException">The XML is malformed, a required element is missing or a code repeats.</exception>
    public static TabularList Read(Stream xml, string releaseId, string sourceName, CancellationToken ct = default)
    {
        var root = XmlSource.LoadRoot(xml, "ICD10CM.tabular", sourceName, ct);
        var nodes = new List<TabularNode>(64_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chapter in root.Elements("chapter"))
        {
            ct.ThrowIfCancellationRequested();
            var chapterId = XmlText.RequiredChildText(chapter, "name", sourceName);
            Add(nodes, seen, chapter, Node(TabularLevel.Chapter, chapterId, null, chapter, sourceName), sourceName);
            foreach (var section in chapter.Elements("section"))
            {
                ct.ThrowIfCancellationRequested();
                var sectionId = XmlText.RequiredAttribute(section, "id", sourceName);
                Add(nodes, seen, section, Node(TabularLevel.Section, sectionId, chapterId, section, sourceName), sourceName);
                foreach (var diag in section.Elements("diag")) ReadDiag(diag, sectionId, nodes, seen, sourceName, ct);
            }
        }
        return new TabularList(releaseId, nodes);
    }

    private static void ReadDiag(XElement diag, string parentId, List<TabularNode> nodes, HashSet<string> seen, string source, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var id = XmlText.RequiredChildText(diag, "name", source).Replace(".", "", StringComparison.Ordinal);
        var node = Node(TabularLevel.Code, id, parentId, diag, source) with { SevenCharacters = SevenCharacterDefinitions.Read(diag, source) };
        Add(nodes, seen, diag, node, source);
        foreach (var child in diag.Elements("diag")) ReadDiag(child, id, nodes, seen, source, ct);
    }

    private static TabularNode Node(TabularLevel level, string id, string? parentId, XElement element, string source) => new()
    {
        Level = level,
        Id = id,
        ParentId = parentId,
        Description = XmlText.RequiredChildText(element, "desc", source),
        Notes = TabularNotes.Read(element),
    };

    private static void Add(List<TabularNode> nodes, HashSet<string> seen, XElement element, TabularNode node, string source)
    {
        // A one-category section shares its id with the category ("E36"), so ids are unique per level only.
        if (!seen.Add(node.Level + ":" + node.Id)) throw XmlText.Error(source, element, $"{node.Level.ToString().ToLowerInvariant()} {node.Id} appears twice");
        nodes.Add(node);
    }
}
