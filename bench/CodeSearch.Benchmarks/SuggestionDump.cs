using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Hosting;
using CodeSearch.Suggestions.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Writes what the suggestion pipeline answers for every CodiEsp-D and -P dev note, so a speed change can be shown to
/// change nothing: per note, every scored candidate (code, score to the last bit, learned score, features) and the
/// answer (codes, scores, evidence offsets, assertions, and a hash of each rationale and evidence text, never the note
/// text). Run: <c>CodeSearch.Benchmarks dump-suggest &lt;out-file&gt;</c>, before and after, then compare the files.
/// </summary>
internal static class SuggestionDump
{
    public static void Run(string[] args)
    {
        var output = args.Length > 1 ? args[1] : "suggest-dump.txt";
        using var index = BenchIndex.OpenFull();
        var provider = new ServedIndexProvider();
        provider.Publish(index);
        var engine = new SuggestionEngine(provider, NullLogger<SuggestionEngine>.Instance);
        using var writer = new StreamWriter(output);
        foreach (var file in new[] { BenchNotes.DevFile, BenchNotes.DevFile.Replace("codiesp-d-dev", "codiesp-p-dev", StringComparison.Ordinal) })
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                var root = JsonDocument.Parse(line).RootElement;
                var text = root.GetProperty("text").GetString()!;
                var system = root.GetProperty("system").GetString() == "ICD-10-PCS" ? CodeSystemId.Icd10Pcs : CodeSystemId.Icd10Cm;
                writer.WriteLine($"note {root.GetProperty("id").GetString()} {system}");
                var release = ReleaseSelector.Select(index, system, null);
                foreach (var c in engine.Candidates(index, release, text, CancellationToken.None))
                {
                    writer.WriteLine(Invariant($"  cand {c.Code.Code} {R(c.Score)} {(c.LearnedScore is { } l ? R(l) : "-")} {c.RankedCode.Code} [{string.Join(' ', c.Features.Select(R))}]"));
                }
                var result = engine.Suggest(new SuggestionRequest { Text = text, Systems = [system], MaxResults = 200, MinScore = 0, IncludeExcluded = true });
                foreach (var s in result.Suggestions)
                {
                    writer.WriteLine(Invariant($"  sugg {s.Code.Code} {R(s.Score)} {Hash(s.Rationale)} {Spans(s.Evidence)}"));
                }
                foreach (var e in result.Excluded)
                {
                    writer.WriteLine(Invariant($"  excl {e.Code.Code} {e.Assertion} {R(e.Score)} {Hash(e.Rationale)} {Spans(e.Evidence)}"));
                }
            }
        }
        Console.WriteLine($"wrote {output}");
    }

    private static string Spans(IReadOnlyList<EvidenceSpan> spans) =>
        string.Join(' ', spans.Select(e => Invariant($"{e.Start}-{e.End}:{e.Section}:{e.Assertion}:{Hash(e.Text)}")));

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 6));

    private static string Invariant(FormattableString value) => FormattableString.Invariant(value);
}
