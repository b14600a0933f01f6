using System.Text.Json;
using CodeSearch.Core;
using CodeSearch.Server.Hosting;
using CodeSearch.Suggestions.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Heap kept after suggesting the CodiEsp-D dev notes in ICD-10-CM, measured from the first note (which warms), and
/// which collections grew (<see cref="CacheCensus"/>). Run: <c>CodeSearch.Benchmarks suggest-retained</c>.
/// </summary>
internal static class SuggestionRetention
{
    public static void Run(string[] args)
    {
        using var index = BenchIndex.OpenFull();
        var provider = new ServedIndexProvider();
        provider.Publish(index);
        var engine = new SuggestionEngine(provider, NullLogger<SuggestionEngine>.Instance);
        var notes = File.ReadLines(BenchNotes.DevFile).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        long baseline = 0;
        Dictionary<string, int>? census = null;
        for (var i = 0; i < notes.Count; i++)
        {
            engine.Suggest(new SuggestionRequest { Text = notes[i], Systems = [CodeSystemId.Icd10Cm], MaxResults = 20 });
            if (i == 0) { baseline = GC.GetTotalMemory(true); census = CacheCensus.Take(engine); Console.WriteLine($"after note 1: {baseline / 1048576.0:F1} MiB"); }
            if (i + 1 is 10 or 50 or 100 or 250) Console.WriteLine($"after {i + 1}: +{(GC.GetTotalMemory(true) - baseline) / 1048576.0:F1} MiB");
        }
        CacheCensus.Print(census!, CacheCensus.Take(engine));
        CacheCensus.FreeEach();
    }
}
