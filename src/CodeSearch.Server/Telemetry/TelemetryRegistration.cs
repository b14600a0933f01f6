using CodeSearch.Server.Options;
using CodeSearch.Server.Caching;
using CodeSearch.Suggestions.Engine;
using Grpc.AspNetCore.Server;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CodeSearch.Server.Telemetry;

/// <summary>Wires OpenTelemetry: metrics to Prometheus and/or OTLP, traces to OTLP (<see cref="TelemetryOptions"/>).</summary>
public static class TelemetryRegistration
{
    /// <summary>
    /// Always adds the <c>codesearch-index-generation</c> trailer; with an exporter configured, also the RPC, cache
    /// and index metrics and server spans. Call after <c>AddCodeSearch</c>, so the trailer interceptor runs innermost.
    /// </summary>
    public static IServiceCollection AddCodeSearchTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateAnnotations<TelemetryOptions, TelemetryOptionsAnnotations>().ValidateOnStart();
        services.Configure<GrpcServiceOptions>(o => o.Interceptors.Add<IndexGenerationInterceptor>());

        var settings = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.AnyExporter) return services;
        var otlp = string.IsNullOrWhiteSpace(settings.OtlpEndpoint) ? null : new Uri(settings.OtlpEndpoint);

        services.AddSingleton<RpcMetrics>();
        services.AddSingleton<IndexMetrics>();
        services.AddSingleton<LifecycleMetrics>();
        services.AddSingleton<ISuggestionStageTimings, SuggestionStageMetrics>();
        services.AddSingleton<CacheOutcomeTagger>();
        services.AddSingleton<IStartupFilter>(sp => new TelemetryStartupFilter(sp, tracing: otlp is not null));

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("codesearch"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ResponseCache.MeterName, "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime");
                if (settings.PrometheusPort is not null) metrics.AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(o => o.Endpoint = otlp);
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Probes call health every few seconds; their spans are noise. Spans carry the method path only.
                    o.Filter = http => !http.Request.Path.StartsWithSegments("/grpc.health.v1.Health", StringComparison.Ordinal);
                    o.RecordException = false;
                })
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }
        if (settings.PrometheusPort is not null) services.AddHostedService(sp => sp.GetRequiredService<PrometheusEndpoint>());
        services.AddSingleton<PrometheusEndpoint>();
        return services;
    }
}
