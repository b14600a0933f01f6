using CodeSearch.Server.Options;

namespace CodeSearch.Server.Memory;

/// <summary>Registers the idle memory trim (<see cref="MemoryOptions"/>).</summary>
public static class MemoryRegistration
{
    public static IServiceCollection AddCodeSearchMemory(this IServiceCollection services)
    {
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.Section).ValidateAnnotations<MemoryOptions, MemoryOptionsAnnotations>().ValidateOnStart();
        services.AddHostedService<IdleMemoryTrimmer>();
        return services;
    }
}
