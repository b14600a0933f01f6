using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Manifest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Importer.Fetching;

/// <summary>
/// Downloads every manifest file into &lt;target&gt;/&lt;system&gt;/&lt;release&gt;/&lt;file&gt;: to a temporary file
/// beside the target, verified against the manifest's size and sha256, then moved into place, so a failed
/// or interrupted download never leaves a partial file under the official name.
/// </summary>
public sealed class SourceFetcher(HttpClient http, ILogger<SourceFetcher>? logger = null, TimeProvider? timeProvider = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SourceFetcher>.Instance;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Fetches every release's file; files already present with the right sha256 are skipped.</summary>
    /// <exception cref="SourceDataException">An entry has no url or sha256, the download fails, or size/sha256 differ.</exception>
    public async Task<IReadOnlyList<FetchOutcome>> FetchAllAsync(SourceManifest manifest, string targetDirectory, CancellationToken ct = default)
    {
        var outcomes = new List<FetchOutcome>();
        foreach (var release in manifest.Releases) outcomes.Add(await FetchAsync(release, targetDirectory, ct).ConfigureAwait(false));
        return outcomes;
    }

    /// <summary>Fetches one release's file.</summary>
    /// <exception cref="SourceDataException">The entry has no url or sha256, the download fails, or size/sha256 differ.</exception>
    public async Task<FetchOutcome> FetchAsync(ManifestRelease release, string targetDirectory, CancellationToken ct = default)
    {
        var file = release.File;
        if (file.Url is null || file.Sha256 is null)
        {
            throw new SourceDataException($"{release.Label}: the manifest gives no url and sha256 for '{file.Path}', so it cannot be fetched and verified.");
        }
        var target = file.FullPath(targetDirectory);
        if (File.Exists(target))
        {
            var actual = Sha256Hex.OfFile(target);
            if (actual == file.Sha256)
            {
                SourceFetcherLog.AlreadyPresent(_logger, release.Label, target);
                return new FetchOutcome(release, target, FetchAction.AlreadyPresent, new FileInfo(target).Length);
            }
            SourceFetcherLog.ReplacingMismatched(_logger, release.Label, target, actual, file.Sha256);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.download";
        var started = _time.GetTimestamp();
        try
        {
            SourceFetcherLog.Downloading(_logger, release.Label, file.Url);
            var (size, sha) = await HashingDownload.ToFileAsync(http, release, temp, ct).ConfigureAwait(false);
            if (file.SizeBytes is { } expectedSize && size != expectedSize)
            {
                throw new SourceDataException($"{release.Label}: {file.Url} returned {size:N0} bytes; the manifest expects {expectedSize:N0}.");
            }
            if (sha != file.Sha256)
            {
                throw new SourceDataException($"{release.Label}: {file.Url} has sha256 {sha}; the manifest expects {file.Sha256}.");
            }
            File.Move(temp, target, overwrite: true);
            SourceFetcherLog.Downloaded(_logger, release.Label, target, size, (long)_time.GetElapsedTime(started).TotalMilliseconds);
            return new FetchOutcome(release, target, FetchAction.Downloaded, size);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
