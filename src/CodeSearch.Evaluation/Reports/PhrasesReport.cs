namespace CodeSearch.Evaluation.Reports;

/// <summary>Top-k accuracy of one RPC over the phrase rows.</summary>
public sealed record TopKScores(double Top1, double Top5, int Rows);

/// <summary>Top-k accuracy over the rows of one group (a row kind such as "abbreviation", or a code system).</summary>
/// <param name="Group">The kind or the system's display name.</param>
/// <param name="Search">SearchCodes top-1 and top-5 accuracy over the group's rows.</param>
/// <param name="Suggest">SuggestCodes top-1 and top-5 accuracy; null when SuggestCodes was not run.</param>
public sealed record GroupScores(string Group, TopKScores Search, TopKScores? Suggest);

/// <summary>One phrase's result (ids and codes only).</summary>
/// <param name="Id">Row id.</param>
/// <param name="Gold">Gold codes as given.</param>
/// <param name="Search">SearchCodes' first five codes.</param>
/// <param name="Suggest">SuggestCodes' first five codes; null when SuggestCodes was not run.</param>
/// <param name="Kind">The row's kind field, if any.</param>
/// <param name="System">The system searched, e.g. "ICD-10-CM".</param>
public sealed record PhraseRow(string Id, IReadOnlyList<string> Gold, IReadOnlyList<string> Search, IReadOnlyList<string>? Suggest,
    string? Kind = null, string? System = null);

/// <summary>The results of a phrase-set evaluation.</summary>
/// <param name="Documents">Phrases evaluated.</param>
/// <param name="Gold">Gold codes and how many the release lacks.</param>
/// <param name="Search">SearchCodes top-1 and top-5 accuracy.</param>
/// <param name="Suggest">SuggestCodes top-1 and top-5 accuracy; null when the engine is not available or was not asked for.</param>
/// <param name="Rows">Per-phrase results.</param>
/// <param name="ByKind">The same scores per row kind, in the order kinds first appear; empty when no row has a kind.</param>
/// <param name="BySystem">The same scores per code system, in the order systems first appear.</param>
public sealed record PhrasesReport(int Documents, GoldCoverage Gold, TopKScores Search, TopKScores? Suggest, IReadOnlyList<PhraseRow> Rows,
    IReadOnlyList<GroupScores> ByKind, IReadOnlyList<GroupScores> BySystem)
{
    /// <summary>The scores of one kind; null when no row has it.</summary>
    public GroupScores? Kind(string kind) => ByKind.FirstOrDefault(g => string.Equals(g.Group, kind, StringComparison.Ordinal));
}
