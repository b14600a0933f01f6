namespace CodeSearch.Evaluation.Reports;

/// <summary>Top-k accuracy of one RPC over the phrase rows.</summary>
public sealed record TopKScores(double Top1, double Top5, int Rows);

/// <summary>One phrase's result (ids and codes only).</summary>
/// <param name="Id">Row id.</param>
/// <param name="Gold">Gold codes as given.</param>
/// <param name="Search">SearchCodes' first five codes.</param>
/// <param name="Suggest">SuggestCodes' first five codes; null when the engine is not available.</param>
public sealed record PhraseRow(string Id, IReadOnlyList<string> Gold, IReadOnlyList<string> Search, IReadOnlyList<string>? Suggest);

/// <summary>The results of a phrase-set evaluation.</summary>
/// <param name="Documents">Phrases evaluated.</param>
/// <param name="Gold">Gold codes and how many the release lacks.</param>
/// <param name="Search">SearchCodes top-1 and top-5 accuracy.</param>
/// <param name="Suggest">SuggestCodes top-1 and top-5 accuracy; null when the engine is not available.</param>
/// <param name="Rows">Per-phrase results.</param>
public sealed record PhrasesReport(int Documents, GoldCoverage Gold, TopKScores Search, TopKScores? Suggest, IReadOnlyList<PhraseRow> Rows);
