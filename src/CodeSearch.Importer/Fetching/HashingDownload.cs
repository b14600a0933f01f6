using System.Security.Cryptography;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Fetching;

/// <summary>One HTTP download to a file, hashed while it streams so the file is read once.</summary>
internal static class HashingDownload
{
    /// <summary>Streams the release's url into <paramref name="temp"/>, hashing as it writes; returns size and sha256.</summary>
    public static async Task<(long Size, string Sha256)> ToFileAsync(HttpClient http, ManifestRelease release, string temp, CancellationToken ct)
    {
        var url = release.File.Url!;
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new SourceDataException($"{release.Label}: downloading {url} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
            await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long size = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                size += read;
            }
            return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch (HttpRequestException ex)
        {
            throw new SourceDataException($"{release.Label}: downloading {url} failed: {ex.Message}", ex);
        }
    }
}
