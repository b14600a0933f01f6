using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Options;

/// <summary>Caching of hot GetCode and SearchCodes results (and, if asked, suggestions). Section <c>CodeSearch:Cache</c>.</summary>
public sealed class CacheOptions
{
    public const string Section = "CodeSearch:Cache";

    /// <summary>Cache results at all. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Memory budget of the cached responses, in bytes. Each entry is charged an estimate of what it holds in memory
    /// (<see cref="Caching.ResponseCache.EstimateBytes"/>: from its serialized size and its key); when the total
    /// passes the budget, entries are dropped (expired ones first, then the least recently used). Default: 33,554,432
    /// (32 MiB), room for about 3,000 responses of the load harness's mix (GetCode answers with their reference
    /// material and search pages, 11 KB each on average).
    /// </summary>
    [Range(1_024, 16L * 1024 * 1024 * 1024)]
    public long SizeLimitBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Sliding expiration in seconds. Default: 600.</summary>
    [Range(1, 86_400)]
    public int ExpirationSeconds { get; set; } = 600;

    /// <summary>
    /// Also cache SuggestCodes responses (and StreamSuggestCodes answers) while <see cref="Enabled"/>. Keys are an
    /// HMAC of the request under a per-process random key, never the note; the cached responses do hold evidence
    /// text from notes in memory until they expire. Default: false.
    /// </summary>
    public bool CacheSuggestions { get; set; }
}
