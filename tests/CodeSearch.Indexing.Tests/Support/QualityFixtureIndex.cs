using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Support;

/// <summary>
/// The fixtures plus a few hand-written ICD-10-CM titles for the query-reading rules (numbers, "-itis" words, body
/// part adjectives), added in memory. Shared by the tests of a class (searching never changes it).
/// </summary>
public sealed class QualityFixtureIndex : IDisposable
{
    private static readonly (string Code, string Description)[] Extra =
    [
        ("Q960", "Karyotype 45, X"),
        ("H3552", "Pigmentary retinal dystrophy"),
        ("C609", "Malignant neoplasm of penis, unspecified"),
        ("C61", "Malignant neoplasm of prostate"),
        ("D291", "Benign neoplasm of prostate"),
        ("K860", "Alcohol-induced chronic pancreatitis"),
        ("K8681", "Exocrine pancreatic insufficiency"),
        ("J329", "Chronic sinusitis, unspecified"),
        ("I495", "Sick sinus syndrome"),
        ("E760", "Mucopolysaccharidosis, type I"),
        ("E761", "Mucopolysaccharidosis, type II"),
        ("D68020", "Von Willebrand disease, type 2A"),
        ("D68021", "Von Willebrand disease, type 2B"),
        ("G600", "Hereditary motor and sensory neuropathy"),
        ("A499", "Bacterial infection, unspecified"),
        ("A048", "Other specified bacterial intestinal infections"),
        ("H903", "Sensorineural hearing loss, bilateral"),
        ("E20810", "Autosomal dominant hypocalcemia"),
        ("Q9359", "Other deletions of part of a chromosome"),
        ("Q933", "Deletion of short arm of chromosome 4"),
    ];

    private readonly IndexHarness _harness = new();

    public QualityFixtureIndex()
    {
        var releases = FixtureReleases.Releases.Select(r => r.Release.System == CodeSystemId.Icd10Cm
            ? r with { Codes = [.. r.Codes, .. Extra.Select((c, i) => Code(c.Code, c.Description, r.Release.ReleaseId, 1000 + i))] }
            : r).ToList();
        Index = _harness.Open(new SourceSet("quality-fixtures", Sample: true, _ => releases)).Index;
    }

    public LuceneCodeIndex Index { get; }

    /// <summary>Searches the ICD-10-CM releases as of 2026-02-01 and returns the codes of up to 20 hits.</summary>
    public IReadOnlyList<string> Codes(string text) =>
        Index.Search(new SearchScope(Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList(), false, new DateOnly(2026, 2, 1)), text, 0, 20)
            .Hits.Select(h => h.Code.Code).ToList();

    private static MedicalCode Code(string code, string description, string releaseId, int order) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, ShortDescription = description, Kind = CodeKind.Code,
        Billable = true, ReleaseId = releaseId, Order = order,
    };

    public void Dispose() => _harness.Dispose();
}
