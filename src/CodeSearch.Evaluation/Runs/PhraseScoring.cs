using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Metrics;
using CodeSearch.Evaluation.Reports;

namespace CodeSearch.Evaluation.Runs;

/// <summary>Top-1/top-5 of phrase rows, overall and per group, each row scored under the phrase-set match rule.</summary>
internal static class PhraseScoring
{
    public static TopKScores Scores(IReadOnlyList<(EvalDocument Document, PhraseRow Row)> rows, Func<PhraseRow, IReadOnlyList<string>> predictions)
    {
        bool Hit((EvalDocument Document, PhraseRow Row) r, int k) => TopKAccuracy.IsHit(predictions(r.Row), r.Document.Gold,
            r.Document.System, MatchRules.For(DatasetKind.Phrases, r.Document.System), k);
        return new TopKScores(TopKAccuracy.Rate(rows.Select(r => Hit(r, 1)).ToList()), TopKAccuracy.Rate(rows.Select(r => Hit(r, 5)).ToList()), rows.Count);
    }

    /// <summary>Scores per group of <paramref name="key"/>, in the order groups first appear; rows without a key are left out.</summary>
    public static IReadOnlyList<GroupScores> ByGroup(IReadOnlyList<(EvalDocument Document, PhraseRow Row)> rows, Func<EvalDocument, string?> key,
        bool withSuggest) =>
        rows.Where(r => key(r.Document) is not null)
            .GroupBy(r => key(r.Document)!, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.ToList();
                return new GroupScores(g.Key, Scores(members, r => r.Search), withSuggest ? Scores(members, r => r.Suggest!) : null);
            })
            .ToList();
}
