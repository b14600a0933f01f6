using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Support;

/// <summary>
/// The fixtures plus a few ICD-10-CM codes whose public titles use American spellings and "neoplasm", added in
/// memory (the fixture files stay as they are). Shared by the tests of a class (searching never changes it).
/// </summary>
public sealed class WordFormsFixtureIndex : IDisposable
{
    private static readonly (string Code, string Description)[] Extra =
    [
        ("C159", "Malignant neoplasm of esophagus, unspecified"),
        ("C61", "Malignant neoplasm of prostate"),
        ("D649", "Anemia, unspecified"),
        ("K922", "Gastrointestinal hemorrhage, unspecified"),
        ("P293", "Persistent fetal circulation"),
        ("R600", "Localized edema"),
    ];

    private readonly IndexHarness _harness = new();

    public WordFormsFixtureIndex()
    {
        var releases = FixtureReleases.Releases.Select(r => r.Release.System == CodeSystemId.Icd10Cm
            ? r with { Codes = [.. r.Codes, .. Extra.Select((c, i) => Code(c.Code, c.Description, r.Release.ReleaseId, 1000 + i))] }
            : r).ToList();
        Index = _harness.Open(new SourceSet("word-forms-fixtures", Sample: true, _ => releases)).Index;
    }

    public LuceneCodeIndex Index { get; }

    /// <summary>Searches every release as of 2026-02-01 and returns up to 20 hits.</summary>
    public IReadOnlyList<SearchHit> Search(string text) =>
        Index.Search(new SearchScope(Index.Releases.Select(r => r.Release).ToList(), false, new DateOnly(2026, 2, 1)), text, 0, 20).Hits;

    private static MedicalCode Code(string code, string description, string releaseId, int order) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, ShortDescription = description, Kind = CodeKind.Code,
        Billable = true, ReleaseId = releaseId, Order = order,
    };

    public void Dispose() => _harness.Dispose();
}
