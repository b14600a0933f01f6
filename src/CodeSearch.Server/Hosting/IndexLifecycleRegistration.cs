using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>Registers the index life cycle: one hosted service for start-up, reloads, warm-up and releases.</summary>
internal static class IndexLifecycleRegistration
{
    public static IServiceCollection AddCodeSearchIndexLifecycle(this IServiceCollection services)
    {
        services.AddSingleton<IGenerationSteps>(sp => new GenerationSteps(
            sp.GetRequiredService<SourceChooser>(),
            sp.GetRequiredService<Indexing.Generations.IndexManager>(),
            sp.GetRequiredService<Indexing.Generations.IndexGenerationStore>(),
            new Lazy<Suggestions.Engine.SuggestionEngine>(sp.GetRequiredService<Suggestions.Engine.SuggestionEngine>),
            sp.GetRequiredService<Caching.ResponseCache>(),
            sp.GetRequiredService<StartupTimeline>()));
        services.AddSingleton(sp => new StartupTimeline(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StartupTimeline>>(),
            sp.GetService<IHostApplicationLifetime>()));
        services.AddSingleton(sp => new IndexLifecycle(
            sp.GetRequiredService<IGenerationSteps>(),
            sp.GetRequiredService<ServedIndexProvider>(),
            sp.GetRequiredService<IOptions<DataOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<IndexLifecycle>>(),
            sp.GetRequiredService<StartupTimeline>(),
            sp.GetService<IHostApplicationLifetime>()));
        services.AddHostedService(sp => sp.GetRequiredService<IndexLifecycle>());
        return services;
    }

    /// <summary>
    /// Begins the index start-up as soon as the app is built, before its endpoints are mapped: the generation opens on
    /// its own threads while the gRPC routes (protobuf descriptors, JSON transcoding) are built and Kestrel starts, the
    /// two cores busy at once instead of one after the other. Health answers NOT_SERVING until the generation is served.
    /// With invalid options nothing begins here: the host's start reports them.
    /// </summary>
    public static WebApplication BeginIndexStartup(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<DataNotices.DataLocationsLogger>().LogOnce(); // still the first lines logged
            _ = app.Services.GetRequiredService<IndexLifecycle>().BeginStartup();
        }
        catch (OptionsValidationException)
        {
        }
        return app;
    }
}
