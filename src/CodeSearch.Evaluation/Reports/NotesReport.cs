using CodeSearch.Evaluation.Metrics;
using CodeSearch.Evaluation.Runs;

namespace CodeSearch.Evaluation.Reports;

/// <summary>One note's result (ids and codes only, never text).</summary>
/// <param name="Id">Row id.</param>
/// <param name="AveragePrecision">AP on the long list.</param>
/// <param name="GoldCount">Distinct gold codes.</param>
/// <param name="Suggested">Codes returned with the shipped defaults, best first.</param>
/// <param name="NeverProposed">Gold codes neither suggested nor excluded on the long list (a recall miss).</param>
/// <param name="ExcludedGold">Gold codes the long list only holds among the excluded (assertion) codes.</param>
public sealed record NoteRow(string Id, double AveragePrecision, int GoldCount, IReadOnlyList<string> Suggested,
    IReadOnlyList<string> NeverProposed, IReadOnlyList<string> ExcludedGold);

/// <summary>The results of a notes evaluation; the engine measures are null when the engine is not available.</summary>
/// <param name="Documents">Notes evaluated.</param>
/// <param name="Gold">Gold codes and how many the release lacks.</param>
/// <param name="EngineAvailable">False when the suggester is not implemented yet.</param>
/// <param name="MeanAveragePrecision">Official CodiEsp MAP on the long list (max_results 200, min_score 0).</param>
/// <param name="DefaultCutoff">Micro P/R/F1 of the suggestions returned with the shipped defaults.</param>
/// <param name="Calibration">Reliability table of the long-list scores.</param>
/// <param name="Throughput">Speed with the shipped defaults, when measured.</param>
/// <param name="Rows">Per-note results.</param>
/// <param name="Recall">Where gold codes are lost on the long list (suggested, excluded, never proposed).</param>
public sealed record NotesReport(
    int Documents,
    GoldCoverage Gold,
    bool EngineAvailable,
    double? MeanAveragePrecision,
    PrecisionRecall? DefaultCutoff,
    Calibration? Calibration,
    ThroughputResult? Throughput,
    IReadOnlyList<NoteRow> Rows,
    CandidateRecall? Recall = null);
