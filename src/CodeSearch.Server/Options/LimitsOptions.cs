using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Options;

/// <summary>
/// Admission, load shedding, stream limits, response budgets and per-caller rate limits. Section
/// <c>CodeSearch:Limits</c>. Each cost class has its own budget: lookups and search (<see cref="MaxConcurrentCalls"/>),
/// suggestions (<see cref="Suggestions"/>: a worker pool of their own) and streams (<see cref="Streams"/>);
/// grpc.health.v1 is never limited. Rejected calls end RESOURCE_EXHAUSTED at once with a retry hint
/// (docs/operations.md).
/// </summary>
public sealed class LimitsOptions : IValidatableObject
{
    public const string Section = "CodeSearch:Limits";

    /// <summary>
    /// Lookup, search and other cheap unary RPCs in progress at once (SuggestCodes and StreamSuggestCodes have budgets
    /// of their own); 0 turns the limit off. Default: 256 (above the 100 streams of the h2load recipe in
    /// docs/benchmarks.md, which counts a shed call, HTTP 200, as a success).
    /// </summary>
    [Range(0, 100_000)]
    public int MaxConcurrentCalls { get; set; } = 256;

    /// <summary>Calls over <see cref="MaxConcurrentCalls"/> that wait for a slot instead of being shed. Default: 0.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; }

    /// <summary>
    /// Largest response message, in bytes: the transport's maximum send size, and the budget BatchGetCodes and
    /// ValidateCodes check while they build an answer (over it: RESOURCE_EXHAUSTED naming the budget). Default:
    /// 16,777,216 (16 MiB).
    /// </summary>
    [Range(64 * 1024, 1024 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Seconds a refused call is told to wait before retrying (google.rpc.RetryInfo and the retry-after trailer). Default: 1.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 1;

    // The nested objects are validated by Validate below (their messages name the object); the generated validator
    // (Options/AnnotationValidators.cs) calls it, so it need not reach them itself.
#pragma warning disable SYSLIB1212
    /// <summary>The suggestion worker pool.</summary>
    public SuggestionLimitsOptions Suggestions { get; set; } = new();

    /// <summary>StreamSuggestCodes streams.</summary>
    public StreamLimitsOptions Streams { get; set; } = new();

    /// <summary>Per-caller token buckets.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();
#pragma warning restore SYSLIB1212

    /// <summary>Data annotations do not reach nested objects on their own.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Nested(nameof(RateLimit), RateLimit).Concat(Nested(nameof(Suggestions), Suggestions)).Concat(Nested(nameof(Streams), Streams));

    private static IEnumerable<ValidationResult> Nested(string name, object value)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"{name}: {r.ErrorMessage}", r.MemberNames.Select(m => name + "." + m)));
    }
}

/// <summary>
/// SuggestCodes and each StreamSuggestCodes request run on a pool of dedicated threads, never on the shared thread
/// pool, so CPU-heavy suggestions cannot starve lookups, health or the transport. Section
/// <c>CodeSearch:Limits:Suggestions</c>.
/// </summary>
public sealed class SuggestionLimitsOptions
{
    /// <summary>
    /// Worker threads; 0 means one per processor (the engine is CPU-bound: more threads only queue inside the
    /// kernel). Lookups, health and the transport keep the shared thread pool to themselves. Default: 0.
    /// </summary>
    [Range(0, 1024)]
    public int Workers { get; set; }

    /// <summary>Suggestions waiting for a worker, per worker; beyond that RESOURCE_EXHAUSTED at once. Default: 4.</summary>
    [Range(0, 1000)]
    public int QueuePerWorker { get; set; } = 4;

    /// <summary>The worker count in force.</summary>
    public int EffectiveWorkers => Workers > 0 ? Workers : Environment.ProcessorCount;
}

/// <summary>StreamSuggestCodes limits. Section <c>CodeSearch:Limits:Streams</c>. Over a cap: RESOURCE_EXHAUSTED at once.</summary>
public sealed class StreamLimitsOptions
{
    /// <summary>Streams open at once on the whole server; 0 turns the limit off. Default: 64.</summary>
    [Range(0, 100_000)]
    public int MaxConcurrent { get; set; } = 64;

    /// <summary>Streams open at once per caller (credential type and name, else client IP); 0: no cap. Default: 8.</summary>
    [Range(0, 100_000)]
    public int MaxPerCaller { get; set; } = 8;

    /// <summary>Streams open at once per HTTP/2 connection; 0: no cap. Default: 8.</summary>
    [Range(0, 100_000)]
    public int MaxPerConnection { get; set; } = 8;

    /// <summary>Seconds a new stream may take to send its first request before it is closed (DEADLINE_EXCEEDED). Default: 10.</summary>
    [Range(0.05, 3600)]
    public double FirstMessageTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Seconds a stream may stay without a new request while none of its requests is being answered before it is
    /// closed (DEADLINE_EXCEEDED). Default: 60.
    /// </summary>
    [Range(0.05, 86_400)]
    public double IdleTimeoutSeconds { get; set; } = 60;
}

/// <summary>
/// A token bucket per caller: the authenticated caller's credential type and name, else the client IP address. A
/// unary call takes one token; a StreamSuggestCodes stream takes one per request message. Section
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
