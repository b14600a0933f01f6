using CodeSearch.Core.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CodeSearch.Server.Hosting;

/// <summary>Healthy (SERVING) once an index generation is open; unhealthy (NOT_SERVING) before, or after a failed start.</summary>
internal sealed class IndexHealthCheck(IIndexProvider indexes, IndexStartupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(indexes.IsReady
            ? HealthCheckResult.Healthy("index open")
            : HealthCheckResult.Unhealthy(state.Problem ?? "index not open yet"));
}
