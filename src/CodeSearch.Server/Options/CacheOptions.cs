using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Options;

/// <summary>Caching of hot GetCode and SearchCodes results (and, if asked, suggestions). Section <c>CodeSearch:Cache</c>.</summary>
public sealed class CacheOptions
{
    public const string Section = "CodeSearch:Cache";

    /// <summary>Cache results at all. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most cached responses (each counts as one entry). Default: 20,000.</summary>
    [Range(1, 10_000_000)]
    public long SizeLimit { get; set; } = 20_000;

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
