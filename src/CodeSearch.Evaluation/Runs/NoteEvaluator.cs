using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Metrics;
using CodeSearch.Evaluation.Reports;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Evaluation.Runs;

/// <summary>
/// Runs the suggester over notes twice each: with the shipped defaults (micro P/R/F1, per-note rows) and on the long
/// list (official MAP, calibration); then, if asked, times the shipped-default request.
/// </summary>
public sealed class NoteEvaluator(ICodeSuggester suggester, Func<CodeSystemId, ReleaseCodeSet> releases)
{
    public NotesReport Run(EvalDataset dataset, bool measureThroughput, CancellationToken cancellationToken = default)
    {
        var gold = GoldCoverage.Of(dataset, releases);
        var shipped = new List<MatchOutcome>();
        var longList = new List<MatchOutcome>();
        var points = new List<(double Score, bool Correct)>();
        var rows = new List<NoteRow>();
        var recall = new List<(int Gold, int Suggested, int Excluded)>();
        try
        {
            foreach (var document in dataset.Documents)
            {
                var release = releases(document.System);
                var rule = MatchRules.For(DatasetKind.Notes, document.System);
                var defaults = Codes(suggester.Suggest(EvalRequests.DefaultSuggest(document), cancellationToken));
                var longResult = suggester.Suggest(EvalRequests.LongSuggest(document) with { IncludeExcluded = true }, cancellationToken);
                var ranked = longResult.Suggestions;
                shipped.Add(RankedMatcher.Match(defaults, document.Gold, document.System, rule, release.Contains));
                var outcome = RankedMatcher.Match(ranked.Select(s => s.Code.DisplayCode).ToList(), document.Gold, document.System, rule, release.Contains);
                longList.Add(outcome);
                points.AddRange(outcome.Kept.Select(k => (ranked[k.Index].Score, k.Correct)));
                var withExcluded = RankedMatcher.Match(ranked.Select(s => s.Code.DisplayCode).Concat(longResult.Excluded.Select(e => e.Code.DisplayCode)).ToList(),
                    document.Gold, document.System, rule, release.Contains);
                recall.Add((outcome.GoldCount, outcome.Hits, withExcluded.Hits - outcome.Hits));
                var never = withExcluded.Unmatched ?? [];
                rows.Add(new NoteRow(document.Id, AveragePrecision.Of(outcome), outcome.GoldCount, defaults, never,
                    (outcome.Unmatched ?? []).Except(never, StringComparer.Ordinal).ToList()));
            }
        }
        catch (NotImplementedException)
        {
            return new NotesReport(dataset.Documents.Count, gold, false, null, null, null, null, []);
        }
        var throughput = measureThroughput
            ? ThroughputMeter.Measure(dataset.Documents, (d, ct) => suggester.Suggest(EvalRequests.DefaultSuggest(d), ct),
                Environment.ProcessorCount, cancellationToken)
            : null;
        return new NotesReport(dataset.Documents.Count, gold, true, AveragePrecision.Mean(longList),
            PrecisionRecall.Of(shipped), Calibration.Of(points), throughput, rows, CandidateRecall.Of(recall));
    }

    private static List<string> Codes(SuggestionResult result) => result.Suggestions.Select(s => s.Code.DisplayCode).ToList();
}
