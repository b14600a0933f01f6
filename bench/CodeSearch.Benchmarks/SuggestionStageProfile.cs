using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Hosting;
using CodeSearch.Suggestions.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Where a note's time goes: every CodiEsp-D dev note through <see cref="SuggestionEngine.Suggest"/> on one thread, as
/// the eval asks (200 results, no minimum score), with <see cref="ISuggestionStageTimings"/> collecting each stage.
/// Prints notes/s (wall clock and per CPU second), the µs per note of each stage and the bytes allocated per note. Run:
/// <c>CodeSearch.Benchmarks profile-suggest [passes]</c>. Not a BenchmarkDotNet benchmark: a quick breakdown to decide
/// what to make faster. Notes are held in memory only, never printed.
/// </summary>
internal static class SuggestionStageProfile
{
    public static void Run(string[] args)
    {
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        using var index = BenchIndex.OpenFull();
        var provider = new ServedIndexProvider();
        provider.Publish(index);
        var timings = new StageTotals();
        var engine = new SuggestionEngine(provider, NullLogger<SuggestionEngine>.Instance, timings);
        engine.Dictionaries.Get(index, ReleaseSelector.Select(index, CodeSystemId.Icd10Cm, null));
        var notes = File.ReadLines(BenchNotes.DevFile).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        foreach (var note in notes) Suggest(engine, note); // warm-up pass
        for (var pass = 1; pass <= passes; pass++)
        {
            timings.Clear();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var note in notes) Suggest(engine, note);
            var seconds = watch.Elapsed.TotalSeconds;
            // CPU time (this process, GC included) tells more than wall time on a shared machine: a busy box stretches
            // the wall clock, not the work.
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var perNote = (GC.GetAllocatedBytesForCurrentThread() - allocated) / notes.Count;
            var stages = string.Join(", ", Enum.GetValues<SuggestionStage>().Select(s =>
                FormattableString.Invariant($"{s} {timings.Total(s).TotalMicroseconds / notes.Count:F0}")));
            Console.WriteLine(FormattableString.Invariant(
                $"pass {pass}: {notes.Count / seconds:F1} notes/s on 1 thread, {notes.Count / cpuSeconds:F1} notes per CPU second, {perNote / 1024:F0} KiB allocated per note; µs per note: {stages}"));
        }
    }

    private static void Suggest(SuggestionEngine engine, string note) =>
        engine.Suggest(new SuggestionRequest { Text = note, MaxResults = 200, MinScore = 0 });

    private sealed class StageTotals : ISuggestionStageTimings
    {
        private readonly ConcurrentDictionary<SuggestionStage, long> _ticks = new();

        public void Record(SuggestionStage stage, TimeSpan elapsed) => _ticks.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);

        public TimeSpan Total(SuggestionStage stage) => TimeSpan.FromTicks(_ticks.GetValueOrDefault(stage));

        public void Clear() => _ticks.Clear();
    }
}
