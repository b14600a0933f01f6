using System.Threading.RateLimiting;
using CodeSearch.Server.Options;
using CodeSearch.Server.Security;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Limits;

/// <summary>
/// Admission of a call before any of its work, by <see cref="CostClass"/>: lookups take a slot of
/// <see cref="LimitsOptions.MaxConcurrentCalls"/>, streams a place in <see cref="StreamAdmission"/>, suggestions are
/// admitted by the <see cref="SuggestionWorkPool"/> itself; health is never limited. Each unary call also takes a
/// token from its caller's bucket (a stream takes one per request message, <see cref="TryChargeMessage"/>). Over
/// any budget the call is refused at once with RESOURCE_EXHAUSTED and a retry hint (only
/// <see cref="LimitsOptions.QueueLimit"/> lookups wait for a slot), so an overloaded server answers quickly instead
/// of queueing work its clients will have given up on.
/// </summary>
internal sealed class CallLimiters : IDisposable
{
    public const string ShedMessage = "The server is at its limit of calls in progress; retry with backoff.";
    public const string RateLimitedMessage = "Rate limit exceeded for this caller; retry later.";

    private readonly ConcurrencyLimiter? _lookups;
    private readonly PartitionedRateLimiter<string>? _perCaller;
    private readonly StreamAdmission _streams;
    private readonly TimeSpan _retryAfter;

    public CallLimiters(IOptions<LimitsOptions> options, StreamAdmission streams)
    {
        var limits = options.Value;
        _streams = streams;
        _retryAfter = TimeSpan.FromSeconds(limits.RetryAfterSeconds);
        if (limits.MaxConcurrentCalls > 0)
        {
            _lookups = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
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
    public static bool IsExempt(string method) => CostClasses.Of(method) == CostClass.Health;

    /// <summary>The rate-limit partition: the authenticated caller's credential type and name, else the client's IP address.</summary>
    public static string PartitionKey(HttpContext http) => CallerIdentity.Key(http.User) is { } caller
        ? "caller:" + caller
        : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Takes the call's permits (release them by disposing the result) or throws RESOURCE_EXHAUSTED.</summary>
    public ValueTask<IDisposable?> AcquireAsync(ServerCallContext context) =>
        AcquireAsync(context.GetHttpContext(), context.Method, context.CancellationToken);

    /// <summary>The same for a request of another door (FHIR), named by <paramref name="method"/>.</summary>
    public async ValueTask<IDisposable?> AcquireAsync(HttpContext http, string method, CancellationToken cancellationToken)
    {
        var cost = CostClasses.Of(method);
        if (cost == CostClass.Health) return null;
        if (cost == CostClass.SuggestionStream) return Admit(() => _streams.Admit(PartitionKey(http), http.Connection.Id ?? "unknown"));
        var rate = TakeToken(http);
        if (cost == CostClass.Suggestion || _lookups is null) return rate;
        var slot = await _lookups.AcquireAsync(1, cancellationToken);
        if (slot.IsAcquired) return new Leases(rate, slot);
        slot.Dispose();
        rate?.Dispose();
        throw Refused(ShedMessage);
    }

    /// <summary>Takes one rate-limit token for a stream's request message; false when the caller's bucket is empty.</summary>
    public bool TryChargeMessage(ServerCallContext context)
    {
        if (_perCaller is null) return true;
        using var lease = _perCaller.AttemptAcquire(PartitionKey(context.GetHttpContext()));
        return lease.IsAcquired;
    }

    /// <summary>The refusal of one stream request over its caller's rate limit (answered in the stream, which goes on).</summary>
    public OverloadedException RateLimited() => new(RateLimitedMessage, _retryAfter);

    private RateLimitLease? TakeToken(HttpContext http)
    {
        if (_perCaller is null) return null;
        var rate = _perCaller.AttemptAcquire(PartitionKey(http));
        if (rate.IsAcquired) return rate;
        rate.Dispose();
        throw Refused(RateLimitedMessage);
    }

    private static IDisposable Admit(Func<IDisposable> admit)
    {
        try
        {
            return admit();
        }
        catch (OverloadedException overloaded)
        {
            throw Grpc.ErrorMapping.ToRpcException(overloaded);
        }
    }

    private RpcException Refused(string message) => Grpc.ErrorMapping.ToRpcException(new OverloadedException(message, _retryAfter));

    public void Dispose()
    {
        _lookups?.Dispose();
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
