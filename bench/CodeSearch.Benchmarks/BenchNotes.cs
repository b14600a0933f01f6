using System.Text.Json;

namespace CodeSearch.Benchmarks;

/// <summary>
/// CodiEsp-size notes for the suggestion benchmarks: the dev split of CodiEsp-D (CODESEARCH_CODIESP_DEV or
/// ../shared/eval/codiesp/codiesp-d-dev.jsonl). Notes are held in memory only, never printed.
/// </summary>
internal static class BenchNotes
{
    public static string DevFile =>
        Environment.GetEnvironmentVariable("CODESEARCH_CODIESP_DEV")
        ?? Path.GetFullPath(Path.Combine(BenchIndex.RepoRoot, "..", "shared", "eval", "codiesp", "codiesp-d-dev.jsonl"));

    /// <summary>The note at the given length percentile (50 = the median-length note).</summary>
    public static string AtPercentile(int percent)
    {
        if (!File.Exists(DevFile)) throw new InvalidOperationException($"Suggestion benchmarks need the CodiEsp dev notes in {DevFile}.");
        var notes = File.ReadLines(DevFile).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
        return notes[Math.Clamp(notes.Count * percent / 100, 0, notes.Count - 1)];
    }
}
