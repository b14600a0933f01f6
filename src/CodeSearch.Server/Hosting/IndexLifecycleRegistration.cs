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
            sp.GetRequiredService<StartupTimeline>()));
        services.AddHostedService(sp => sp.GetRequiredService<IndexLifecycle>());
        return services;
    }
}
