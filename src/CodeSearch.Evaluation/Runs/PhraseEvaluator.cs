using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Metrics;
using CodeSearch.Evaluation.Reports;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Evaluation.Runs;

/// <summary>
/// Top-1 and top-5 accuracy of SearchCodes (the phrase as the query) and SuggestCodes (the phrase as the note) over
/// a phrase set. A suggester that is not implemented yet leaves the SuggestCodes scores out instead of failing.
/// </summary>
public sealed class PhraseEvaluator(CodeSearchService search, ICodeSuggester suggester, Func<CodeSystemId, ReleaseCodeSet> releases)
{
    private const int ShownResults = 5;

    public PhrasesReport Run(EvalDataset dataset, CancellationToken cancellationToken = default)
    {
        var rows = new List<PhraseRow>(dataset.Documents.Count);
        var suggestAvailable = true;
        foreach (var document in dataset.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = EvalRequests.Search(document);
            var found = query is null ? [] : search.Search(query).Hits.Select(h => h.Code.DisplayCode).Take(ShownResults).ToList();
            List<string>? suggested = null;
            if (suggestAvailable)
            {
                try
                {
                    suggested = suggester.Suggest(EvalRequests.LongSuggest(document), cancellationToken)
                        .Suggestions.Select(s => s.Code.DisplayCode).Take(ShownResults).ToList();
                }
                catch (NotImplementedException)
                {
                    suggestAvailable = false;
                }
            }
            rows.Add(new PhraseRow(document.Id, document.Gold, found, suggested));
        }
        var byId = dataset.Documents.Zip(rows).ToList();
        return new PhrasesReport(dataset.Documents.Count, GoldCoverage.Of(dataset, releases),
            Scores(byId, r => r.Search),
            suggestAvailable ? Scores(byId, r => r.Suggest!) : null,
            suggestAvailable ? rows : rows.Select(r => r with { Suggest = null }).ToList());
    }

    private static TopKScores Scores(List<(EvalDocument Document, PhraseRow Row)> rows, Func<PhraseRow, IReadOnlyList<string>> predictions)
    {
        bool Hit((EvalDocument Document, PhraseRow Row) r, int k) => TopKAccuracy.IsHit(predictions(r.Row), r.Document.Gold,
            r.Document.System, MatchRules.For(DatasetKind.Phrases, r.Document.System), k);
        return new TopKScores(TopKAccuracy.Rate(rows.Select(r => Hit(r, 1)).ToList()), TopKAccuracy.Rate(rows.Select(r => Hit(r, 5)).ToList()), rows.Count);
    }
}
