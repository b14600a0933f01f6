using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>Registers the index life cycle: one hosted service for start-up, reloads, warm-up and releases.</summary>
internal static class IndexLifecycleRegistration
{
    public static IServiceCollection AddCodeSearchIndexLifecycle(this IServiceCollection services)
    {
        services.AddSingleton<IGenerationSteps, GenerationSteps>();
        services.AddSingleton(sp => new IndexLifecycle(
            sp.GetRequiredService<IGenerationSteps>(),
            sp.GetRequiredService<ServedIndexProvider>(),
            sp.GetRequiredService<IOptions<DataOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<IndexLifecycle>>()));
        services.AddHostedService(sp => sp.GetRequiredService<IndexLifecycle>());
        return services;
    }
}
