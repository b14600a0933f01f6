using System.CommandLine;
using System.Diagnostics;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Reference;
using CodeSearch.Indexing.Build;
using CodeSearch.Indexing.Generations;

namespace CodeSearch.Cli.Commands;

/// <summary>`codesearch index`: builds the index from the source folder (or reuses it while the sources are unchanged).</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var sourceDir = CommonOptions.SourceDir();
        var indexDir = CommonOptions.IndexDir();
        var manifest = CommonOptions.Manifest();
        var sample = CommonOptions.Sample();
        var requireReference = new Option<bool>("--require-reference")
        {
            Description = "Fail unless every reference file of the manifest (Tabular List, Alphabetic Index, tables) was loaded, as an image build must.",
        };
        var command = new Command("index", "Build (or reuse) the index from official files or the sample.") { sourceDir, indexDir, manifest, sample, requireReference };
        command.SetAction((result, ct) =>
        {
            var stopwatch = Stopwatch.StartNew();
            var plan = new SourcePlan(
                new SourcePlanSettings(result.GetValue(sourceDir)!, result.GetValue(manifest)!, Path.Combine(AppContext.BaseDirectory, "index-data", "fixtures")),
                new ReleaseLoader(ConsoleLogging.Create<ReleaseLoader>()));
            var progress = new Progress<ImportProgress>(p => Console.WriteLine($"  read {p.Message}"));
            try
            {
                var missing = plan.MissingOfficial();
                if (!result.GetValue(sample) && missing.Count == plan.OfficialManifest.Releases.Count)
                {
                    Console.Error.WriteLine($"No official files under {plan.SourceDirectory}: run 'codesearch fetch' first, pass --source-dir, or use --sample.");
                    return Task.FromResult(2);
                }
                foreach (var m in missing) Console.Error.WriteLine($"warning: {m.Label} missing ({m.File.Path})");
                var sources = result.GetValue(sample) ? plan.Sample(progress) : plan.Official(progress);
                var store = new IndexGenerationStore(result.GetValue(indexDir)!);
                var manager = new IndexManager(store, new IndexBuilder(store, TimeProvider.System, ConsoleLogging.Create<IndexBuilder>()), ConsoleLogging.Create<IndexManager>());
                using var opened = manager.OpenOrBuild(sources, ct).Index;
                foreach (var r in opened.Releases)
                {
                    Console.WriteLine($"{r.Release.DisplayName}: {r.CodeCount:N0} entries, {r.BillableCount:N0} billable, {r.HeaderCount:N0} headers, {r.ModifierCount:N0} modifiers");
                }
                foreach (var r in opened.ReferenceSources) Console.WriteLine($"reference {r.Kind} {r.ReleaseId}: {r.EntryCount:N0} entries");
                Console.WriteLine($"generation {opened.Generation} in {store.Root} ({stopwatch.Elapsed.TotalSeconds:F1} s)");
                if (result.GetValue(requireReference) && MissingReference(result.GetValue(manifest)!, opened) is { Count: > 0 } absent)
                {
                    Console.Error.WriteLine($"index failed: reference files missing under {plan.SourceDirectory}: {string.Join(", ", absent)} (run 'codesearch fetch').");
                    return Task.FromResult(3);
                }
                return Task.FromResult(0);
            }
            catch (SourceDataException ex)
            {
                Console.Error.WriteLine($"index failed: {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static List<string> MissingReference(string manifestPath, Core.Catalog.ICodeIndex index) =>
        ReferenceSource.ReadManifest(manifestPath)
            .Where(wanted => !index.ReferenceSources.Any(loaded => loaded.Kind == wanted.Kind && loaded.ReleaseId == wanted.ReleaseId))
            .Select(wanted => $"{wanted.Kind} {wanted.ReleaseId} ({wanted.Path})")
            .ToList();
}
