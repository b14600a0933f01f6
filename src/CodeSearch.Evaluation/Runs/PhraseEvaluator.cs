using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Reports;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Evaluation.Runs;

/// <summary>
/// Top-1 and top-5 accuracy of SearchCodes (the phrase as the query, in the row's system) and SuggestCodes (the phrase
/// as the note) over a phrase set, overall, per row kind and per system. A suggester that is not implemented yet, or
/// none at all (search only), leaves the SuggestCodes scores out instead of failing.
/// </summary>
public sealed class PhraseEvaluator(CodeSearchService search, ICodeSuggester? suggester, Func<CodeSystemId, ReleaseCodeSet> releases,
    int searchShown = PhraseEvaluator.ShownResults)
{
    /// <summary>Codes kept per row (top-5 is what is scored).</summary>
    public const int ShownResults = 5;

    public PhrasesReport Run(EvalDataset dataset, CancellationToken cancellationToken = default)
    {
        var rows = new List<PhraseRow>(dataset.Documents.Count);
        var suggestAvailable = suggester is not null;
        foreach (var document in dataset.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = EvalRequests.Search(document);
            var found = query is null ? [] : search.Search(query).Hits.Select(h => h.Code.DisplayCode).Take(Math.Max(ShownResults, searchShown)).ToList();
            List<string>? suggested = null;
            if (suggestAvailable)
            {
                try
                {
                    suggested = suggester!.Suggest(EvalRequests.LongSuggest(document), cancellationToken)
                        .Suggestions.Select(s => s.Code.DisplayCode).Take(ShownResults).ToList();
                }
                catch (NotImplementedException)
                {
                    suggestAvailable = false;
                }
            }
            rows.Add(new PhraseRow(document.Id, document.Gold, found, suggested, document.Kind, document.System.DisplayName()));
        }
        if (!suggestAvailable) rows = rows.Select(r => r with { Suggest = null }).ToList();
        var byDocument = dataset.Documents.Zip(rows).ToList();
        return new PhrasesReport(dataset.Documents.Count, GoldCoverage.Of(dataset, releases),
            PhraseScoring.Scores(byDocument, r => r.Search),
            suggestAvailable ? PhraseScoring.Scores(byDocument, r => r.Suggest!) : null,
            rows,
            PhraseScoring.ByGroup(byDocument, d => d.Kind, suggestAvailable),
            PhraseScoring.ByGroup(byDocument, d => d.System.DisplayName(), suggestAvailable));
    }
}
