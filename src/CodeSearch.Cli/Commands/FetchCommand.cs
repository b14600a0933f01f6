using System.CommandLine;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Fetching;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Reference;

namespace CodeSearch.Cli.Commands;

/// <summary>
/// `codesearch fetch`: downloads every official file of the manifest into the target folder and verifies its sha256.
/// With --source-dir it copies from a local mirror instead (air-gapped sites), verifying the same way. The reference
/// XML files (Tabular List, Alphabetic Index, Neoplasm, Drug and External Cause tables) are fetched too.
/// </summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var target = new Option<string>("--target")
        {
            Description = "Where to put the files (the server's CodeSearch:Data:SourceDirectory).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CodeSearch__Data__SourceDirectory") ?? "data/sources",
        };
        var mirror = new Option<string?>("--source-dir") { Description = "Copy from this local mirror instead of downloading." };
        var manifest = CommonOptions.Manifest();
        var command = new Command("fetch", "Download (or copy from a mirror) and verify the official release files.") { target, mirror, manifest };
        command.SetAction(async (result, ct) =>
        {
            var sources = SourceManifest.Load(result.GetValue(manifest)!);
            var references = ReferenceSource.ReadManifest(result.GetValue(manifest)!);
            var targetDirectory = Path.GetFullPath(result.GetValue(target)!);
            using var http = MirrorHttp.Create(result.GetValue(mirror));
            var fetcher = new SourceFetcher(http, ConsoleLogging.Create<SourceFetcher>());
            var referenceFetcher = new ReferenceFetcher(http, result.GetValue(mirror), ConsoleLogging.Create<ReferenceFetcher>());
            try
            {
                Console.WriteLine($"fetching {sources.Releases.Count} releases and {references.Count} reference files into {targetDirectory}");
                foreach (var outcome in await fetcher.FetchAllAsync(sources, targetDirectory, ct))
                {
                    Console.WriteLine($"{outcome.Release.Label}: {outcome.Action} {outcome.Path} ({outcome.SizeBytes:N0} bytes, sha256 verified)");
                }
                // The coder's reference (Tabular List notes, Alphabetic Index, tables) is part of what the server needs:
                // a file that cannot be had fails the fetch, so an image is never built without it.
                foreach (var outcome in await referenceFetcher.FetchAllAsync(references, targetDirectory, ct))
                {
                    Console.WriteLine($"reference {outcome.Source.Kind} {outcome.Source.ReleaseId}: {outcome.Action} {outcome.Path} (sha256 of the XML verified)");
                }
                return 0;
            }
            catch (Exception ex) when (ex is SourceDataException or HttpRequestException or IOException)
            {
                Console.Error.WriteLine($"fetch failed: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
