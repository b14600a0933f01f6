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
    /// passes the budget, entries are dropped (expired ones first, then the least recently used). An entry holds only
    /// the response's protobuf bytes until it is asked for again, and the parsed message as well from then on, so
    /// answers asked for once take about a fifth of what hot ones do. Default: 16,777,216 (16 MiB), room for about
    /// 5,000 answers of the load harness's mix asked for once (GetCode answers with their reference material and
    /// search pages, about 3 KB each as bytes), or about 1,500 hot ones (11 KB each with their message).
    /// </summary>
    [Range(1_024, 16L * 1024 * 1024 * 1024)]
    public long SizeLimitBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// SearchCodes answers are stored only on their second sight: the cache remembers the hashes of this many recently
    /// computed search keys (4 bytes each) and stores an answer when its key comes again while still remembered, so
    /// searches asked for once (most of a varied load) take no room and a repeated search is served from the cache
    /// from its third call on. A key is remembered for about as many other new searches as there are slots (rounded
    /// up to a power of two). 0 stores every answer at its first computation. GetCode, FHIR and suggestion answers
    /// are always stored at once. Default: 8,192 (32 KB).
    /// </summary>
    [Range(0, 1 << 24)]
    public int SearchSecondSightSlots { get; set; } = 8_192;

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
