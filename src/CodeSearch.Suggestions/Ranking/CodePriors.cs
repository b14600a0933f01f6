using CodeSearch.Core;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>Train statistics of one code: notes coded with it, and how often the pipeline proposed it and was right.</summary>
public readonly record struct CodeStats(int Notes, int Proposed, int Right);

/// <summary>
/// Per-code train statistics (Data/code-priors.tsv), used as ranking features: how common the code is, and the
/// smoothed share of the pipeline's proposals of it that coders agreed with (out-of-fold, so it reflects unseen notes).
/// </summary>
public sealed class CodePriors(IReadOnlyDictionary<(CodeSystemId, string), CodeStats> stats,
    IReadOnlyDictionary<(CodeSystemId, string, string), CodeStats>? termStats = null)
{
    private readonly IReadOnlyDictionary<(CodeSystemId, string, string), CodeStats> _termStats =
        termStats ?? new Dictionary<(CodeSystemId, string, string), CodeStats>();

    /// <summary>Out-of-fold proposals per (code, <see cref="WordingKey"/> of the wording that matched best).</summary>
    public IReadOnlyDictionary<(CodeSystemId System, string Code, string Term), CodeStats> TermStats => _termStats;

    /// <summary>Log-odds that a proposal of the code through this wording is right (smoothed like <see cref="Precision"/>).</summary>
    public double TermPrecision(CodeSystemId system, string code, string term)
    {
        var s = _termStats.GetValueOrDefault((system, code, WordingKey.Of(term)));
        return Smoothed(s.Right, s.Proposed);
    }

    /// <summary>Pseudo-proposals added when smoothing <see cref="Precision"/> toward <see cref="BaseRate"/>.</summary>
    public const double Smoothing = 3;

    /// <summary>The share of all proposals that are right, roughly; the value a code without history gets.</summary>
    public const double BaseRate = 0.1;

    /// <summary>No statistics.</summary>
    public static CodePriors Empty { get; } = new(new Dictionary<(CodeSystemId, string), CodeStats>());

    /// <summary>The rows, for writing the file.</summary>
    public IReadOnlyDictionary<(CodeSystemId System, string Code), CodeStats> Stats => stats;

    /// <summary>Train notes coded with the (undotted) code; for a full ICD-10-PCS code also those coded with its
    /// 4-character truncation (CodiEsp coders truncate when the text does not state the other axes).</summary>
    public int Count(CodeSystemId system, string code) => stats.GetValueOrDefault((system, code)).Notes
        + (system == CodeSystemId.Icd10Pcs && code.Length > TruncatedPcsLength ? stats.GetValueOrDefault((system, code[..TruncatedPcsLength])).Notes : 0);

    /// <summary>Length of a truncated ICD-10-PCS gold code: section, body system, root operation, body part.</summary>
    public const int TruncatedPcsLength = 4;

    /// <summary>Log-odds of the smoothed share of the code's train proposals that were right.</summary>
    public double Precision(CodeSystemId system, string code)
    {
        var s = stats.GetValueOrDefault((system, code));
        return Smoothed(s.Right, s.Proposed);
    }

    /// <summary>Log-odds of (right + BaseRate·k) / (proposed + k): additive evidence for the ranker.</summary>
    public static double Smoothed(int right, int proposed)
    {
        var p = (right + BaseRate * Smoothing) / (proposed + Smoothing);
        return Math.Log(p / (1 - p + 1e-9));
    }
}
