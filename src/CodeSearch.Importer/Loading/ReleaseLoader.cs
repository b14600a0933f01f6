using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Manifest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Importer.Loading;

/// <summary>
/// Loads every release a manifest lists from a source directory laid out &lt;system&gt;/&lt;release&gt;/&lt;file&gt;
/// (the official mirror, or index-data/fixtures with its own manifest). Missing files are reported, not thrown;
/// bad files throw <see cref="SourceDataException"/>.
/// </summary>
public sealed class ReleaseLoader(ILogger<ReleaseLoader>? logger = null, TimeProvider? timeProvider = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ReleaseLoader>.Instance;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Reads and checks every release of <paramref name="manifest"/> found under <paramref name="sourceDirectory"/>.</summary>
    /// <exception cref="SourceDataException">A file is corrupt, malformed, fails its checksum or its expected counts.</exception>
    public LoadResult Load(SourceManifest manifest, string sourceDirectory, LoadOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        options ??= LoadOptions.Default;
        var releases = new List<ImportedRelease>();
        var missing = new List<ManifestRelease>();
        var unverified = new List<ManifestRelease>();
        var shas = new List<(ManifestRelease, string?)>();
        foreach (var release in manifest.Releases)
        {
            ct.ThrowIfCancellationRequested();
            using var archive = SourceArchives.TryOpen(sourceDirectory, release.File);
            if (archive is null)
            {
                ReleaseLoaderLog.ReleaseMissing(_logger, release.Label, release.File.FullPath(sourceDirectory));
                missing.Add(release);
                shas.Add((release, null));
                continue;
            }
            if (!Verify(archive, release, options)) unverified.Add(release);
            releases.Add(LoadOne(archive, release, options, progress, ct));
            shas.Add((release, archive.Sha256));
        }
        return new LoadResult(releases, missing, unverified, SourceFingerprint.Combine(shas));
    }

    private bool Verify(ISourceArchive archive, ManifestRelease release, LoadOptions options)
    {
        if (options.VerifyChecksums && ArchiveChecksum.Verify(archive, release.File))
        {
            ReleaseLoaderLog.ChecksumVerified(_logger, release.Label, archive.DisplayName, archive.Sha256);
            return true;
        }
        var reason = !options.VerifyChecksums ? "verification is off"
            : !archive.IsOfficialFile ? "unpacked folder, no official checksum"
            : "the manifest has no sha256";
        ReleaseLoaderLog.ChecksumNotVerified(_logger, release.Label, archive.DisplayName, reason);
        return false;
    }

    private ImportedRelease LoadOne(ISourceArchive archive, ManifestRelease release, LoadOptions options,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        var content = FormatImporters.Import(archive, release, options, ct);
        var counts = ImportCounts.Of(content.Codes);
        if (options.CheckExpectedCounts && release.Expected is { } expected && counts.Mismatches(expected) is { Count: > 0 } problems)
        {
            throw new SourceDataException(
                $"{release.Label} '{archive.Location}': {string.Join("; ", problems)} (truncated file or a different release than the manifest describes?).");
        }
        var report = new ImportProgress(release, archive.DisplayName, counts, content.Deleted.Count, _time.GetElapsedTime(started));
        ReleaseLoaderLog.ReleaseLoaded(_logger, report.Message, archive.DisplayName, (long)report.Elapsed.TotalMilliseconds);
        progress?.Report(report);
        return new ImportedRelease
        {
            Release = release.ToCodeRelease(),
            Codes = content.Codes,
            Deleted = content.Deleted,
            Sources = [new SourceFileInfo(archive.DisplayName, archive.Sha256, archive.SizeBytes, content.Members)],
        };
    }
}
