using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Healthy (SERVING) once the index life cycle has swapped in a warmed generation; unhealthy (NOT_SERVING) before, or
/// after a failed start, with the problem or the phase as the description.
/// </summary>
internal sealed class IndexHealthCheck(IndexLifecycle lifecycle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = lifecycle.Status;
        return Task.FromResult(status.IsServing
            ? HealthCheckResult.Healthy("index open")
            : HealthCheckResult.Unhealthy(status.Problem ?? $"index not open yet ({status.Phase})"));
    }
}
