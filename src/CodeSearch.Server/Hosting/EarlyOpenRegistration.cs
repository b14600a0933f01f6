using CodeSearch.Indexing.Generations;
using CodeSearch.Server.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Begins opening the current index generation while the services are still being registered: the open (catalog,
/// reference material, Lucene checksums; seconds of CPU) then overlaps the host's build and start and the choice of
/// sources, instead of following them. The index life cycle takes the opened generation in place of its own open
/// (<see cref="IndexManager"/>), after the sources are chosen, so what is served and when health turns SERVING are
/// decided as before (docs/operations.md "Start-up time").
/// </summary>
internal static class EarlyOpenRegistration
{
    public static IServiceCollection AddEarlyGenerationOpen(this IServiceCollection services, IConfiguration configuration)
    {
        var early = new EarlyGenerationOpen();
        var directory = configuration.GetSection(DataOptions.Section)[nameof(DataOptions.IndexDirectory)];
        try
        {
            early.Begin(string.IsNullOrWhiteSpace(directory) ? new DataOptions().IndexDirectory : directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Unreadable or malformed: the life cycle's own open meets the same problem and reports it.
        }
        services.AddSingleton(_ => early); // made by a factory, so the container disposes it (an open never taken)
        return services;
    }
}
