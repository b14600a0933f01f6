using System.Threading.RateLimiting;
using CodeSearch.Server.Options;
using CodeSearch.Server.Security;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Limits;

/// <summary>
/// The per-caller token buckets and the server-wide in-flight limit of <see cref="LimitsOptions"/>. A call over
/// either is refused at once with RESOURCE_EXHAUSTED (only <see cref="LimitsOptions.QueueLimit"/> calls wait for an
/// in-flight slot), so an overloaded server answers quickly instead of queueing work its clients will have given up on.
/// </summary>
internal sealed class CallLimiters : IDisposable
{
    public const string ShedMessage = "The server is at its limit of calls in progress; retry with backoff.";
    public const string RateLimitedMessage = "Rate limit exceeded for this caller; retry later.";

    private readonly ConcurrencyLimiter? _inFlight;
    private readonly PartitionedRateLimiter<string>? _perCaller;

    public CallLimiters(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        if (limits.MaxConcurrentCalls > 0)
        {
            _inFlight = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.MaxConcurrentCalls,
                QueueLimit = limits.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }
        var rate = limits.RateLimit;
        if (rate.Enabled)
        {
            _perCaller = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = rate.Burst,
                TokensPerPeriod = rate.PermitsPerPeriod,
                ReplenishmentPeriod = TimeSpan.FromSeconds(rate.PeriodSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        }
    }

    /// <summary>grpc.health.v1 is never limited: probes must see an overloaded server as alive.</summary>
    public static bool IsExempt(string method) => method.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal);

    /// <summary>The rate-limit partition: the authenticated caller's name, else the client's IP address.</summary>
    public static string PartitionKey(HttpContext http) => CallerIdentity.Name(http.User) is { } name
        ? "caller:" + name
        : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Takes the call's permits (release them by disposing the result) or throws RESOURCE_EXHAUSTED.</summary>
    public ValueTask<IDisposable?> AcquireAsync(ServerCallContext context) =>
        AcquireAsync(context.GetHttpContext(), context.Method, context.CancellationToken);

    /// <summary>The same for a request of another door (FHIR), named by <paramref name="method"/>.</summary>
    public async ValueTask<IDisposable?> AcquireAsync(HttpContext http, string method, CancellationToken cancellationToken)
    {
        if (IsExempt(method)) return null;
        RateLimitLease? rate = null;
        if (_perCaller is not null)
        {
            rate = _perCaller.AttemptAcquire(PartitionKey(http));
            if (!rate.IsAcquired)
            {
                rate.Dispose();
                throw new RpcException(new Status(StatusCode.ResourceExhausted, RateLimitedMessage));
            }
        }
        if (_inFlight is null) return rate;
        var slot = await _inFlight.AcquireAsync(1, cancellationToken);
        if (slot.IsAcquired) return new Leases(rate, slot);
        slot.Dispose();
        rate?.Dispose();
        throw new RpcException(new Status(StatusCode.ResourceExhausted, ShedMessage));
    }

    public void Dispose()
    {
        _inFlight?.Dispose();
        _perCaller?.Dispose();
    }

    private sealed class Leases(RateLimitLease? rate, RateLimitLease slot) : IDisposable
    {
        public void Dispose()
        {
            slot.Dispose();
            rate?.Dispose();
        }
    }
}
