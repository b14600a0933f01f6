using CodeSearch.Core;
using CodeSearch.Importer.Fetching;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Reference;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>What to serve, or why nothing may be served.</summary>
/// <param name="Sources">The sources to build from; null when refused.</param>
/// <param name="Refusal">Why nothing is served (Production with missing files); null when <paramref name="Sources"/> is set.</param>
internal sealed record SourceChoice(SourceSet? Sources, string? Refusal);

/// <summary>
/// The serving policy, for the start-up and every reload: official files from the source directory, downloading
/// missing ones when allowed (start-up only); outside Production, with no official file at all, the bundled sample
/// (logged loudly). Production never serves sample or partial data. The manifest is read afresh on every call, so
/// a release added to it while the server runs is seen by the next reload.
/// </summary>
internal sealed partial class SourceChooser(
    IOptions<DataOptions> options,
    ReleaseLoader loader,
    ReferenceLoader referenceLoader,
    IHostEnvironment environment,
    IHttpClientFactory httpClients,
    ILogger<SourceChooser> logger)
{
    /// <param name="startup">True at start-up: download missing files when allowed and log what is chosen.</param>
    /// <param name="ct">Cancels downloads.</param>
    public async Task<SourceChoice> ChooseAsync(bool startup, CancellationToken ct)
    {
        var plan = new SourcePlan(options.Value.ToPlanSettings(), loader, referenceLoader);
        var missing = plan.MissingOfficial();
        if (startup && missing.Count > 0 && options.Value.DownloadMissing) missing = await TryDownloadAsync(plan, ct);
        var production = environment.IsProduction();
        if (missing.Count == plan.OfficialManifest.Releases.Count)
        {
            if (production) return Refuse($"No official release files in {plan.SourceDirectory}; Production never serves the sample. Run 'codesearch fetch' or set CodeSearch__Data__SourceDirectory.");
            if (startup) LogSample(logger, plan.SourceDirectory, plan.SampleDirectory);
            return new SourceChoice(plan.Sample(), null);
        }
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(m => m.Label));
            if (production) return Refuse($"Partial data: missing {names} in {plan.SourceDirectory}; Production never serves partial data.");
            if (startup) LogPartial(logger, names);
        }
        return new SourceChoice(plan.Official(), null);
    }

    private async Task<IReadOnlyList<ManifestRelease>> TryDownloadAsync(SourcePlan plan, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        var fetcher = new SourceFetcher(httpClients.CreateClient("official-sources"));
        foreach (var release in plan.MissingOfficial())
        {
            try
            {
                await fetcher.FetchAsync(release, plan.SourceDirectory, timeout.Token);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or Core.Errors.SourceDataException)
            {
                LogDownloadFailed(logger, release.Label, ex.Message);
                // Offline (the fetcher wraps the network failure): don't try the others.
                if (ex is HttpRequestException or TaskCanceledException || ex.InnerException is HttpRequestException) break;
            }
        }
        return plan.MissingOfficial();
    }

    private static SourceChoice Refuse(string problem) => new(null, problem);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "*** SAMPLE DATA *** No official release files in {SourceDirectory}: serving the small hand-written sample from {SampleDirectory}. Not for coding real claims. Run 'codesearch fetch' or point CodeSearch__Data__SourceDirectory at a mirror.")]
    private static partial void LogSample(ILogger logger, string sourceDirectory, string sampleDirectory);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "PARTIAL DATA: serving without {Missing} (files missing); Production would refuse this")]
    private static partial void LogPartial(ILogger logger, string missing);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Could not download {Release}: {Reason}")]
    private static partial void LogDownloadFailed(ILogger logger, string release, string reason);
}
