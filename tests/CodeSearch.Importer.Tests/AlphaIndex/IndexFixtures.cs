using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphaIndex;
using CodeSearch.Importer.Tabular;
using CodeSearch.Importer.Tests.Tabular;

namespace CodeSearch.Importer.Tests.AlphaIndex;

/// <summary>The index fixtures, read once, and lookups by path.</summary>
internal static class IndexFixtures
{
    private static readonly Lazy<IReadOnlyList<IndexEntry>> LazyDiseases = new(() => Load("2023", XmlInput.IndexFile, IndexKind.Diseases, "FY2023"));
    private static readonly Lazy<IReadOnlyList<IndexEntry>> LazyDrugs = new(() => Load("2026-04", XmlInput.DrugFile, IndexKind.Drugs, "2026-04"));
    private static readonly Lazy<IReadOnlyList<IndexEntry>> LazyNeoplasms = new(() => Load("2026-04", XmlInput.NeoplasmFile, IndexKind.Neoplasms, "2026-04"));
    private static readonly Lazy<IReadOnlyList<IndexEntry>> LazyExternal = new(() => Load("2026-04", XmlInput.ExternalCauseFile, IndexKind.ExternalCauses, "2026-04"));

    public static IReadOnlyList<IndexEntry> Diseases => LazyDiseases.Value;
    public static IReadOnlyList<IndexEntry> Drugs => LazyDrugs.Value;
    public static IReadOnlyList<IndexEntry> Neoplasms => LazyNeoplasms.Value;
    public static IReadOnlyList<IndexEntry> ExternalCauses => LazyExternal.Value;

    /// <summary>The single entry whose path is exactly <paramref name="path"/>.</summary>
    public static IndexEntry At(this IReadOnlyList<IndexEntry> entries, params string[] path) =>
        entries.Single(e => e.Path.SequenceEqual(path));

    /// <summary>The cell under <paramref name="column"/>.</summary>
    public static string Cell(this IndexEntry entry, string column) => entry.Cells.Single(c => c.Column == column).Code;

    private static IReadOnlyList<IndexEntry> Load(string release, string file, IndexKind kind, string releaseId)
    {
        using var stream = XmlSource.Open(XmlInput.Fixture(release, file));
        return IndexXmlReader.Read(stream, kind, releaseId, file);
    }
}
