using System.Globalization;
using System.Xml.Linq;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.AlphabeticIndex;

/// <summary>
/// Reads a CDC ICD-10-CM index XML (root &lt;ICD10CM.index&gt;): the Index to Diseases and Injuries, the External Cause
/// Index, and the Neoplasm and Drug tables. Gives one <see cref="AlphabeticIndexEntry"/> per &lt;mainTerm&gt; (level 0) and per nested
/// &lt;term level="N"&gt;, in document order, with the full path of titles.
/// </summary>
/// <remarks>
/// &lt;subcat&gt; and &lt;seecat&gt; ("see subcategory H92.0", "see category M01": 145 terms in the FY2023 index, among
/// them Otalgia, Earache and Pain › ear) point to a header whose codes all fit the term. A term without a &lt;code&gt;
/// takes the pointer as its code, printed with "-" as the index prints a code that needs more characters
/// ("H92.0-", "M01.-"), so search and the reference read it like any other term's code.
/// </remarks>
public static class AlphabeticIndexXmlReader
{
    /// <summary>Reads every main term and subterm.</summary>
    /// <param name="xml">The XML (already decompressed; see <see cref="XmlSource.Open"/>).</param>
    /// <param name="kind">Which index this file is.</param>
    /// <param name="releaseId">Release it belongs to, e.g. "FY2023" or "2026-04".</param>
    /// <param name="sourceName">File name used in error messages.</param>
    /// <param name="ct">Cancels between main terms.</param>
    /// <exception cref="Core.Errors.SourceDataException">
    /// The XML is malformed, a term lacks its title, a level attribute disagrees with the nesting, an element that may appear once
    /// repeats, or a cell names a column the heading does not.
    /// </exception>
    public static IReadOnlyList<AlphabeticIndexEntry> Read(Stream xml, AlphabeticIndexKind kind, string releaseId, string sourceName, CancellationToken ct = default)
    {
        var root = XmlSource.LoadRoot(xml, "ICD10CM.index", sourceName, ct);
        var reader = new TermReader(kind, releaseId, sourceName, AlphabeticIndexColumns.Read(root, sourceName));
        foreach (var mainTerm in root.Elements("letter").Elements("mainTerm"))
        {
            ct.ThrowIfCancellationRequested();
            reader.Read(mainTerm, 0, [], []);
        }
        return reader.Entries;
    }

    private sealed class TermReader(AlphabeticIndexKind kind, string releaseId, string source, AlphabeticIndexColumns columns)
    {
        public List<AlphabeticIndexEntry> Entries { get; } = new(capacity: 16_384);

        public void Read(XElement term, int level, string[] parentPath, string[] parentModifiers)
        {
            if (level > 0) CheckLevel(term, level);
            var title = term.Element("title") ?? throw XmlText.Error(source, term, $"<{term.Name.LocalName}> has no <title>");
            var (text, modifiers) = AlphabeticIndexTitle.Split(title);
            if (text.Length == 0) throw XmlText.Error(source, title, "<title> is empty");
            string[] path = [.. parentPath, text];
            string[] allModifiers = modifiers.Count == 0 ? parentModifiers : [.. parentModifiers, .. modifiers];
            Entries.Add(new AlphabeticIndexEntry
            {
                Index = kind,
                Path = path,
                Modifiers = allModifiers,
                Code = XmlText.OptionalSingleChildText(term, "code", source) ?? CategoryPointer(term),
                ManifestationCode = XmlText.OptionalSingleChildText(term, "manif", source),
                See = XmlText.OptionalSingleChildText(term, "see", source),
                SeeAlso = XmlText.OptionalSingleChildText(term, "seeAlso", source),
                Cells = columns.Cells(term, source),
                Level = level,
                ReleaseId = releaseId,
            });
            foreach (var child in term.Elements("term")) Read(child, level + 1, path, allModifiers);
        }

        // "H92.0" → "H92.0-", "M01" → "M01.-": the header the pointer names, needing more characters.
        private string? CategoryPointer(XElement term)
        {
            var pointer = XmlText.OptionalSingleChildText(term, "subcat", source) ?? XmlText.OptionalSingleChildText(term, "seecat", source);
            if (pointer is null || pointer.EndsWith('-')) return pointer;
            return pointer.Contains('.', StringComparison.Ordinal) ? pointer + "-" : pointer + ".-";
        }

        private void CheckLevel(XElement term, int level)
        {
            var value = XmlText.RequiredAttribute(term, "level", source);
            if (value != level.ToString(CultureInfo.InvariantCulture))
            {
                throw XmlText.Error(source, term, $"<term level=\"{value}\"> is nested at level {level}");
            }
        }
    }
}
