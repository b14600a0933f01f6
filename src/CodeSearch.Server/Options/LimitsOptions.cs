using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Options;

/// <summary>
/// Load shedding and per-caller rate limits. Section <c>CodeSearch:Limits</c>. grpc.health.v1 is never limited.
/// Rejected calls end RESOURCE_EXHAUSTED at once (docs/operations.md).
/// </summary>
public sealed class LimitsOptions : IValidatableObject
{
    public const string Section = "CodeSearch:Limits";

    /// <summary>
    /// RPCs in progress at once (a stream counts until it ends); 0 turns the limit off. Default: 256 (above the 100
    /// streams of the h2load recipe in docs/benchmarks.md, which counts a shed call, HTTP 200, as a success).
    /// </summary>
    [Range(0, 100_000)]
    public int MaxConcurrentCalls { get; set; } = 256;

    /// <summary>Calls over <see cref="MaxConcurrentCalls"/> that wait for a slot instead of being shed. Default: 0.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; }

    /// <summary>Per-caller token buckets.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Data annotations do not reach nested objects on their own.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RateLimit, new ValidationContext(RateLimit), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"RateLimit: {r.ErrorMessage}", r.MemberNames.Select(m => "RateLimit." + m)));
    }
}

/// <summary>
/// A token bucket per caller: the authenticated caller's name, else the client IP address. Section
/// <c>CodeSearch:Limits:RateLimit</c>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Apply rate limits. Default: false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Calls a caller may make at once after being idle (bucket size). Default: 200.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 200;

    /// <summary>Calls added back to each bucket every <see cref="PeriodSeconds"/>. Default: 100.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerPeriod { get; set; } = 100;

    /// <summary>Refill period in seconds. Default: 1.</summary>
    [Range(1, 86_400)]
    public int PeriodSeconds { get; set; } = 1;
}
