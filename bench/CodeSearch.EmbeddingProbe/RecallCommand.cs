using System.Diagnostics;
using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Runs;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.EmbeddingProbe;

/// <summary>
/// How many gold codes the engine never proposes would the nearest code descriptions of the note's sentences bring
/// in (recall@k), how many wrong candidates they add, and what the encoding and the search cost per note. Prints
/// numbers and codes only, never note text.
/// </summary>
internal static class RecallCommand
{
    private static readonly int[] PerSentenceK = [1, 3, 5, 10, 20];
    private static readonly int[] PerNoteTop = [10, 25, 50, 100];

    public static int Run(ProbeOptions options)
    {
        var vectors = CodeVectors.Read(options.Cache);
        using var index = IndexAccess.Open(options.IndexDir);
        using var embedder = new MiniLmEmbedder(options.Threads);
        var engine = new SuggestionEngine(index);
        var valid = ReleaseCodeSet.Newest(index.Current, CodeSystemId.Icd10Cm);
        ProbeExamples.Print(embedder, vectors);
        var data = DatasetReader.ReadFile(options.Dataset ?? throw new ArgumentException("--dataset is required")).Take(options.Limit);
        var tally = new RecallTally(PerSentenceK, PerNoteTop);
        double encodeCpuMs = 0, encodeWallMs = 0, searchMs = 0;
        var sentences = 0;
        foreach (var document in data.Documents)
        {
            var result = engine.Suggest(EvalRequests.LongSuggest(document) with { IncludeExcluded = true });
            var suggested = result.Suggestions.Select(s => CodeKey.Normalize(document.System, s.Code.DisplayCode)).ToHashSet();
            var excluded = result.Excluded.Select(e => CodeKey.Normalize(document.System, e.Code.DisplayCode)).ToHashSet();
            var gold = document.Gold.Select(g => CodeKey.Normalize(document.System, g)).ToHashSet();
            var lines = document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Length >= 3).ToList();
            sentences += lines.Count;

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var embedded = embedder.Encode(lines);
            encodeWallMs += watch.Elapsed.TotalMilliseconds;
            encodeCpuMs += (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;

            watch.Restart();
            var nearest = embedded.Select(v => vectors.Nearest(v, PerSentenceK[^1])).ToList();
            searchMs += watch.Elapsed.TotalMilliseconds;
            tally.Add(gold, suggested, excluded, nearest, valid.Contains);
        }
        var notes = data.Documents.Count;
        Console.WriteLine($"notes {notes}, sentences {sentences}, code vectors {vectors.Codes.Count}");
        Console.WriteLine($"encode per note: {encodeCpuMs / notes:F1} ms CPU, {encodeWallMs / notes:F1} ms wall (threads {options.Threads}); search per note {searchMs / notes:F1} ms wall; load {LoadAverage()}");
        foreach (var line in tally.Lines()) Console.WriteLine(line);
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
