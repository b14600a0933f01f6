using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Tabular;
using CodeSearch.Importer.Tests.Tabular;

namespace CodeSearch.Importer.Tests.AlphabeticIndex;

/// <summary>The index fixtures, read once, and lookups by path.</summary>
internal static class AlphabeticIndexFixtures
{
    private static readonly Lazy<IReadOnlyList<AlphabeticIndexEntry>> LazyDiseases = new(() => Load("2023", XmlInput.IndexFile, AlphabeticIndexKind.Diseases, "FY2023"));
    private static readonly Lazy<IReadOnlyList<AlphabeticIndexEntry>> LazyDrugs = new(() => Load("2026-04", XmlInput.DrugFile, AlphabeticIndexKind.Drugs, "2026-04"));
    private static readonly Lazy<IReadOnlyList<AlphabeticIndexEntry>> LazyNeoplasms = new(() => Load("2026-04", XmlInput.NeoplasmFile, AlphabeticIndexKind.Neoplasms, "2026-04"));
    private static readonly Lazy<IReadOnlyList<AlphabeticIndexEntry>> LazyExternal = new(() => Load("2026-04", XmlInput.ExternalCauseFile, AlphabeticIndexKind.ExternalCauses, "2026-04"));

    public static IReadOnlyList<AlphabeticIndexEntry> Diseases => LazyDiseases.Value;
    public static IReadOnlyList<AlphabeticIndexEntry> Drugs => LazyDrugs.Value;
    public static IReadOnlyList<AlphabeticIndexEntry> Neoplasms => LazyNeoplasms.Value;
    public static IReadOnlyList<AlphabeticIndexEntry> ExternalCauses => LazyExternal.Value;

    /// <summary>The single entry whose path is exactly <paramref name="path"/>.</summary>
    public static AlphabeticIndexEntry At(this IReadOnlyList<AlphabeticIndexEntry> entries, params string[] path) =>
        entries.Single(e => e.Path.SequenceEqual(path));

    /// <summary>The cell under <paramref name="column"/>.</summary>
    public static string Cell(this AlphabeticIndexEntry entry, string column) => entry.Cells.Single(c => c.Column == column).Code;

    private static IReadOnlyList<AlphabeticIndexEntry> Load(string release, string file, AlphabeticIndexKind kind, string releaseId)
    {
        using var stream = XmlSource.Open(XmlInput.Fixture(release, file));
        return AlphabeticIndexXmlReader.Read(stream, kind, releaseId, file);
    }
}
