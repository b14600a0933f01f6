using System.IO.Compression;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Reference;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Importer.Fetching;

/// <summary>
/// Puts every reference XML of the manifest (Tabular List, Alphabetic Index, Neoplasm, Drug and External Cause
/// tables) at &lt;target&gt;/&lt;path&gt;: copied from a mirror (the XML or its .xml.gz, found by file name), or taken out
/// of the official package downloaded from its url. Each is verified against the manifest's sha256 of the XML before
/// it is moved into place; a file already present with that sha256 is kept.
/// </summary>
public sealed class ReferenceFetcher(HttpClient http, string? mirrorDirectory = null, ILogger<ReferenceFetcher>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ReferenceFetcher>.Instance;

    /// <summary>Fetches every reference file; the first that cannot be had or verified throws.</summary>
    /// <exception cref="SourceDataException">No mirror copy and no url, the download fails, or the sha256 differs.</exception>
    public async Task<IReadOnlyList<ReferenceFetchOutcome>> FetchAllAsync(IReadOnlyList<ReferenceSource> sources, string targetDirectory, CancellationToken ct = default)
    {
        var outcomes = new List<ReferenceFetchOutcome>();
        foreach (var source in sources) outcomes.Add(await FetchAsync(source, targetDirectory, ct).ConfigureAwait(false));
        return outcomes;
    }

    /// <summary>Fetches one reference file.</summary>
    /// <exception cref="SourceDataException">No mirror copy and no url, the download fails, or the sha256 differs.</exception>
    public async Task<ReferenceFetchOutcome> FetchAsync(ReferenceSource source, string targetDirectory, CancellationToken ct = default)
    {
        var label = $"reference {source.Kind} {source.ReleaseId}";
        if (source.Sha256 is null) throw new SourceDataException($"{label}: the manifest gives no sha256 for '{source.Path}', so it cannot be verified.");
        if (ReferenceLoader.Locate(targetDirectory, source.Path) is { } present && ReferenceLoader.Sha256OfXml(present) == source.Sha256)
        {
            SourceFetcherLog.AlreadyPresent(_logger, label, present);
            return new ReferenceFetchOutcome(source, present, FetchAction.AlreadyPresent);
        }

        var name = Path.GetFileName(source.Path);
        var target = Path.Combine(targetDirectory, source.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var copy = FindInMirror(name);
        var placed = copy is not null && copy.EndsWith(".gz", StringComparison.Ordinal) ? target + ".gz" : target;
        // The temporary name keeps the ".gz" so the XML inside is what gets hashed.
        var temp = $"{target}.{Guid.NewGuid():N}.download{(placed.EndsWith(".gz", StringComparison.Ordinal) ? ".gz" : "")}";
        try
        {
            if (copy is not null)
            {
                File.Copy(copy, temp);
            }
            else if (source.Url is { } url)
            {
                SourceFetcherLog.Downloading(_logger, label, url);
                await DownloadMemberAsync(url, name, temp, label, ct).ConfigureAwait(false);
            }
            else
            {
                throw new SourceDataException(mirrorDirectory is null
                    ? $"{label}: the manifest gives no url for '{source.Path}'."
                    : $"{label}: neither '{name}' nor '{name}.gz' is in the mirror '{Path.GetFullPath(mirrorDirectory)}', and the manifest gives no url.");
            }
            var sha = ReferenceLoader.Sha256OfXml(temp);
            if (sha != source.Sha256) throw new SourceDataException($"{label}: '{name}' has sha256 {sha}; the manifest expects {source.Sha256}.");
            File.Move(temp, placed, overwrite: true);
            var otherForm = placed == target ? target + ".gz" : target;
            if (File.Exists(otherForm)) File.Delete(otherForm); // a stale copy in the other form would be read first
            return new ReferenceFetchOutcome(source, placed, FetchAction.Downloaded);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private string? FindInMirror(string name)
    {
        if (mirrorDirectory is null) return null;
        var root = Path.GetFullPath(mirrorDirectory);
        if (!Directory.Exists(root)) throw new SourceDataException($"The mirror '{root}' does not exist.");
        return Directory.EnumerateFiles(root, name, SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, name + ".gz", SearchOption.AllDirectories))
            .FirstOrDefault();
    }

    // The official packages are zips holding several XML files; the member is found by its file name.
    private async Task DownloadMemberAsync(Uri url, string member, string temp, string label, CancellationToken ct)
    {
        var package = temp + ".zip";
        try
        {
            using (var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false))
            {
                if (!response.IsSuccessStatusCode) throw new SourceDataException($"{label}: downloading {url} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
                await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
                await using var output = File.Create(package);
                await body.CopyToAsync(output, ct).ConfigureAwait(false);
            }
            using var zip = ZipFile.OpenRead(package);
            var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.Name, member, StringComparison.OrdinalIgnoreCase))
                        ?? throw new SourceDataException($"{label}: {url} holds no '{member}'.");
            entry.ExtractToFile(temp, overwrite: true);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceDataException($"{label}: downloading {url} failed: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new SourceDataException($"{label}: {url} is not a readable zip: {ex.Message}", ex);
        }
        finally
        {
            if (File.Exists(package)) File.Delete(package);
        }
    }
}

/// <summary>The result for one reference file of the manifest.</summary>
/// <param name="Source">The manifest entry.</param>
/// <param name="Path">Where the XML (or its .xml.gz) now is.</param>
/// <param name="Action">Placed now, or already present.</param>
public sealed record ReferenceFetchOutcome(ReferenceSource Source, string Path, FetchAction Action);
