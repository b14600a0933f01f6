namespace CodeSearch.Server.Telemetry;

/// <summary>
/// Puts <see cref="RpcTelemetryMiddleware"/> first in the pipeline (before the access log, authentication and limits,
/// so refused calls are timed and counted too) and creates the index gauges and the cache-outcome tagger.
/// </summary>
internal sealed class TelemetryStartupFilter(IServiceProvider services, bool tracing) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        services.GetRequiredService<IndexMetrics>();
        services.GetRequiredService<LifecycleMetrics>();
        if (tracing) services.GetRequiredService<CacheOutcomeTagger>();
        app.UseMiddleware<RpcTelemetryMiddleware>();
        next(app);
    };
}
