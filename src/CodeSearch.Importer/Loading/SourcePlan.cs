using CodeSearch.Core;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Cpt;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Reference;

namespace CodeSearch.Importer.Loading;

/// <summary>Where a source plan looks, as configured (CodeSearch:Data in the server, options in the CLI).</summary>
/// <param name="SourceDirectory">Folder laid out &lt;system&gt;/&lt;release&gt;/&lt;official file&gt;.</param>
/// <param name="ManifestPath">The official manifest (index-data/sources.json).</param>
/// <param name="SampleDirectory">The bundled fixtures, with their own sources.json.</param>
/// <param name="VerifyChecksums">Check official files against the manifest's sha256.</param>
/// <param name="CptFile">Optional licensee CPT CSV.</param>
/// <param name="CptReleaseId">Release id for the CPT file.</param>
/// <param name="CptEffectiveDate">First date of service of the CPT file.</param>
public sealed record SourcePlanSettings(
    string SourceDirectory,
    string ManifestPath,
    string SampleDirectory,
    bool VerifyChecksums = true,
    string? CptFile = null,
    string CptReleaseId = "licensed",
    DateOnly CptEffectiveDate = default);

/// <summary>
/// Where the data of a build comes from: the official files in the source directory (all, some, or none of the
/// manifest's releases), or the bundled sample; plus the licensee CPT file when one is configured.
/// </summary>
public sealed class SourcePlan(SourcePlanSettings settings, ReleaseLoader loader, ReferenceLoader? referenceLoader = null)
{
    private readonly ReferenceLoader _referenceLoader = referenceLoader ?? new ReferenceLoader();

    public string SourceDirectory { get; } = Path.GetFullPath(settings.SourceDirectory);

    public SourceManifest OfficialManifest { get; } = SourceManifest.Load(settings.ManifestPath);

    public string SampleDirectory { get; } = Path.GetFullPath(settings.SampleDirectory);

    /// <summary>Manifest releases with neither the zip nor its unpacked folder in the source directory.</summary>
    public IReadOnlyList<ManifestRelease> MissingOfficial() =>
        OfficialManifest.Releases.Where(r => !Exists(r.File.FullPath(SourceDirectory))).ToList();

    /// <summary>The official files found (partial when some releases are missing).</summary>
    public SourceSet Official(IProgress<ImportProgress>? progress = null) =>
        Build(OfficialManifest, settings.ManifestPath, SourceDirectory, sample: false, new LoadOptions { VerifyChecksums = settings.VerifyChecksums }, progress);

    /// <summary>The bundled hand-written sample (never served in Production).</summary>
    public SourceSet Sample(IProgress<ImportProgress>? progress = null)
    {
        var path = Path.Combine(SampleDirectory, "sources.json");
        return Build(SourceManifest.Load(path), path, SampleDirectory, sample: true, new LoadOptions { VerifyChecksums = false }, progress);
    }

    private SourceSet Build(SourceManifest manifest, string manifestPath, string directory, bool sample, LoadOptions loadOptions, IProgress<ImportProgress>? progress)
    {
        var fingerprint = SourceFingerprint.Compute(manifest, directory);
        var references = ReferenceSource.ReadManifest(manifestPath);
        var present = references.Select(r => (r, Path: ReferenceLoader.Locate(directory, r.Path))).Where(r => r.Path is not null).ToList();
        if (present.Count > 0)
        {
            fingerprint = Sha256Hex.OfText(fingerprint + string.Concat(present.Select(r => $"|{r.r.Kind}|{r.r.ReleaseId}|{Sha256Hex.OfFile(r.Path!)}")));
        }
        var cpt = settings.CptFile is { Length: > 0 } file ? Path.GetFullPath(file) : null;
        var cptStart = settings.CptEffectiveDate == default ? new DateOnly(2000, 1, 1) : settings.CptEffectiveDate;
        if (cpt is not null) fingerprint = Sha256Hex.OfText($"{fingerprint}|cpt|{settings.CptReleaseId}|{cptStart:yyyy-MM-dd}|{Sha256Hex.OfFile(cpt)}");
        return new SourceSet(fingerprint, sample, ct =>
        {
            var releases = loader.Load(manifest, directory, loadOptions, progress, ct).Releases.ToList();
            if (cpt is not null) releases.Add(CptImporter.Import(cpt, settings.CptReleaseId, cptStart, endDate: null, ct));
            return releases;
        }, (releases, ct) =>
        {
            var target = releases.Where(r => r.Release.System == Core.CodeSystemId.Icd10Cm).MaxBy(r => r.Release.EffectiveDate);
            return target is null ? null : _referenceLoader.Load(references, directory, target.Release.ReleaseId, settings.VerifyChecksums && !sample, ct);
        });
    }

    private static bool Exists(string zipPath) =>
        File.Exists(zipPath) || SourceArchives.UnpackedFolder(zipPath) is { } folder && Directory.Exists(folder);
}
