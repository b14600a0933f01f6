using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Reference;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// The server's first lines: where the data is read from and written to, as absolute paths, and, when no official
/// file is there yet, what will happen and how to get the official files. Runs before the index is opened.
/// </summary>
internal sealed partial class DataLocationsLogger(
    IOptions<DataOptions> options,
    ReleaseLoader loader,
    ReferenceLoader referenceLoader,
    IHostEnvironment environment,
    ILogger<DataLocationsLogger> logger) : IHostedLifecycleService
{
    private int _logged;

    // Logged once, before the index life cycle begins its start-up (when the app is mapped, or else when the host
    // begins starting its services, this service being registered before the life cycle).
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        LogOnce();
        return Task.CompletedTask;
    }

    /// <summary>Logs the data locations, the first time only.</summary>
    public void LogOnce()
    {
        if (Interlocked.Exchange(ref _logged, 1) != 0) return;
        var data = options.Value;
        var plan = new SourcePlan(data.ToPlanSettings(), loader, referenceLoader);
        var total = plan.OfficialManifest.Releases.Count;
        var present = total - plan.MissingOfficial().Count;
        if (present == 0)
        {
            var next = data.DownloadMissing ? "downloading them now; if that fails, " : "";
            next += environment.IsProduction() ? "nothing is served (Production never serves the sample)" : "the small hand-written SAMPLE is served (responses carry 'codesearch-data: sample')";
            LogNoOfficialFiles(logger, plan.SourceDirectory, next);
        }
        LogLocations(logger, plan.SourceDirectory, data.SourceDirectory is null ? "default" : "configured", present, total,
            Path.GetFullPath(data.IndexDirectory), data.ToPlanSettings().ManifestPath);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4400, Level = LogLevel.Warning, Message = "No official release files in '{SourceDirectory}' yet: {Next}. To serve the official code sets, run 'dotnet run --project src/CodeSearch.Cli -- fetch' (add '--source-dir <mirror>' for a local mirror) from the directory you start the server in, or set CodeSearch__Data__SourceDirectory to a mirror laid out <system>/<release>/<file>.")]
    private static partial void LogNoOfficialFiles(ILogger logger, string sourceDirectory, string next);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Data: official files from '{SourceDirectory}' ({Origin}; {Present} of {Total} releases present), index generations in '{IndexDirectory}', manifest '{Manifest}'")]
    private static partial void LogLocations(ILogger logger, string sourceDirectory, string origin, int present, int total, string indexDirectory, string manifest);
}
