using System.CommandLine;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Fetching;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Cli.Commands;

/// <summary>
/// `codesearch fetch`: downloads every official file of the manifest into the target folder and verifies its sha256.
/// With --source-dir it copies from a local mirror instead (air-gapped sites), verifying the same way.
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
            using var http = MirrorHttp.Create(result.GetValue(mirror));
            var fetcher = new SourceFetcher(http, ConsoleLogging.Create<SourceFetcher>());
            try
            {
                foreach (var outcome in await fetcher.FetchAllAsync(sources, result.GetValue(target)!, ct))
                {
                    Console.WriteLine($"{outcome.Release.Label}: {outcome.Action} {outcome.Path} ({outcome.SizeBytes:N0} bytes, sha256 verified)");
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
