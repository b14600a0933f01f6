using CodeSearch.Core.Catalog;
using CodeSearch.Core.Search;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Reference;
using CodeSearch.Indexing.Build;
using CodeSearch.Indexing.Generations;
using CodeSearch.Server.AccessLogging;
using CodeSearch.Server.Caching;
using CodeSearch.Server.DataNotices;
using CodeSearch.Server.Grpc;
using CodeSearch.Server.Limits;
using CodeSearch.Server.Memory;
using CodeSearch.Server.Options;
using CodeSearch.Server.Security;
using CodeSearch.Server.Transport;
using CodeSearch.Server.Validation;
using CodeSearch.Suggestions.Engine;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>Wires the service: options, security, limits, domain, index start-up, gRPC, health and reflection.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddCodeSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEarlyGenerationOpen(configuration); // first: the index opens while the rest of the host is built
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section).ValidateAnnotations<DataOptions, DataOptionsAnnotations>().ValidateOnStart();
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateAnnotations<CacheOptions, CacheOptionsAnnotations>().ValidateOnStart();
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateAnnotations<LimitsOptions, LimitsOptionsAnnotations>().ValidateOnStart();
        services.AddCodeSearchAccessLog();
        services.AddCodeSearchSecurity();
        services.AddCodeSearchLimits();
        services.AddCodeSearchMemory();
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddHttpClient("official-sources", c => c.Timeout = TimeSpan.FromMinutes(5));

        services.AddSingleton<ServedIndexProvider>();
        services.AddSingleton<IIndexProvider>(sp => sp.GetRequiredService<ServedIndexProvider>());
        services.AddSingleton(sp => new IndexGenerationStore(sp.GetRequiredService<IOptions<DataOptions>>().Value.IndexDirectory));
        services.AddSingleton<IndexBuilder>();
        services.AddSingleton<IndexManager>();
        services.AddSingleton<ReleaseLoader>();
        services.AddSingleton<ReferenceLoader>();
        services.AddSingleton<SourceChooser>();
        services.AddCodeSearchDataNotices(); // before the life cycle: the data locations are the first lines logged
        services.AddCodeSearchIndexLifecycle();

        services.AddSingleton<CodeLookupService>();
        services.AddSingleton<CodeSearchService>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<SuggestionCacheKeys>();
        services.AddSingleton(PageTokenCodec.FromConfiguration(configuration["CodeSearch:PageTokenKey"]));
        services.AddSingleton<SearchRequestValidator>();
        services.AddSingleton<CodeLookupHandler>();
        services.AddSingleton<SearchCodesHandler>();
        services.AddSingleton<SearchIndexHandler>();
        services.AddSingleton(sp => new SuggestionEngine(sp.GetRequiredService<IIndexProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SuggestionEngine>>(),
            sp.GetService<ISuggestionStageTimings>())); // stage timings only with telemetry on
        services.AddSingleton<ICodeSuggester>(sp => sp.GetRequiredService<SuggestionEngine>());
        services.AddSingleton<SuggestCodesHandler>();
        services.AddSingleton<SuggestCodesStream>();

        // 4 MiB per message: a 100,000-character note is at most about 300 KB of UTF-8, so an over-long note still
        // arrives and is answered INVALID_ARGUMENT; only messages over 4 MiB are RESOURCE_EXHAUSTED (docs/api.md).
        // Interceptors run in this order: sizes for the access log, limits (before any work), the error table, calls
        // whose deadline already passed refused, the index lease for the call, then the CPT rule (inside the error
        // table, which maps its refusal to PERMISSION_DENIED).
        services.AddGrpc(o =>
        {
            o.Interceptors.Add<MessageSizeInterceptor>();
            o.Interceptors.Add<CallLimitsInterceptor>();
            o.Interceptors.Add<ErrorInterceptor>();
            o.Interceptors.Add<DeadlineInterceptor>();
            o.Interceptors.Add<IndexLeaseInterceptor>();
            o.Interceptors.Add<CptAccessInterceptor>();
            o.MaxReceiveMessageSize = 4 * 1024 * 1024;
        });
        services.AddOptions<global::Grpc.AspNetCore.Server.GrpcServiceOptions>().Configure<IOptions<LimitsOptions>>(LimitsRegistration.ApplySendLimit);
        services.AddCodeSearchTransportChecks();
        services.AddGrpcReflection();
        // Health answers for the whole server ("") and for each service by its full name, as probes may ask either.
        services.AddGrpcHealthChecks(o =>
        {
            o.Services.Map("", _ => true);
            o.Services.Map(V1.CodeLookup.Descriptor.FullName, _ => true);
            o.Services.Map(V1.CodingSuggestions.Descriptor.FullName, _ => true);
        }).AddCheck<IndexHealthCheck>("index");
        return services;
    }

    public static WebApplication MapCodeSearch(this WebApplication app)
    {
        app.BeginIndexStartup();
        var auth = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var reflection = app.Services.GetRequiredService<IOptions<ReflectionOptions>>().Value;
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseCodeSearchTransportChecks();
        app.UseCodeSearchDataNotices();
        app.UseAuthentication();
        app.UseAuthorization();

        var lookup = app.MapGrpcService<CodeLookupGrpcService>();
        var suggestions = app.MapGrpcService<CodingSuggestionsGrpcService>();
        if (auth.Enabled)
        {
            lookup.RequireAuthorization(SecurityRegistration.CallerPolicy);
            suggestions.RequireAuthorization(SecurityRegistration.CallerPolicy);
        }
        app.MapGrpcHealthChecksService().AllowAnonymous(); // probes carry no credentials
        if (reflection.Enabled)
        {
            var reflectionService = app.MapGrpcReflectionService();
            if (auth.Enabled && reflection.RequireAuth) reflectionService.RequireAuthorization(SecurityRegistration.CallerPolicy);
        }
        return app;
    }
}
