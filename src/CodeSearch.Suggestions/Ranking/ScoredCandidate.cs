using CodeSearch.Core;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// A candidate with its context and score (the rank stage): what the engine answers from, best first. The evidence
/// members are shorthands for those of <see cref="Candidate"/>. Later rules (score floor, specificity) return new
/// values (<c>with { Score = ... }</c>), never change one.
/// </summary>
/// <param name="Candidate">The code and its mentions.</param>
/// <param name="Context">What the rest of the note says about it.</param>
/// <param name="Score">Calibrated score from the ranker (or <see cref="Guidelines.RuleScoreFloor.Value"/> for a
/// guideline code the ranker scored lower; specificity may place a code just above another).</param>
public sealed record ScoredCandidate(CodeCandidate Candidate, CandidateContext Context, double Score)
{
    /// <summary>The ranker's score when <see cref="Guidelines.RuleScoreFloor"/> raised it; null otherwise.</summary>
    public double? LearnedScore { get; init; }

    /// <summary>The feature values the ranker scored (<see cref="FeatureVector"/> order): the learner reads these, so it
    /// learns from exactly what the server computes. Empty when the candidate was not scored by a ranker.</summary>
    public IReadOnlyList<double> Features { get; init; } = [];

    /// <summary>The code the features were computed for: <see cref="Code"/> unless a later rule (stated side, encounter)
    /// replaced it. The learner keys the per-code proposal statistics by it, as the server looks them up.</summary>
    public MedicalCode RankedCode { get; init; } = Candidate.Code;

    /// <summary>The code (<see cref="CodeCandidate.Code"/>).</summary>
    public MedicalCode Code => Candidate.Code;

    /// <summary>All mentions, in text order (<see cref="CodeCandidate.Mentions"/>).</summary>
    public IReadOnlyList<Mention> Mentions => Candidate.Mentions;

    /// <summary>True for a chronic condition (<see cref="CodeCandidate.Chronic"/>).</summary>
    public bool Chronic => Candidate.Chronic;

    /// <summary>Mentions that count for a suggestion (<see cref="CodeCandidate.Asserted"/>).</summary>
    public IReadOnlyList<Mention> Asserted => Candidate.Asserted;

    /// <summary>True when every mention was left out because of its assertion (<see cref="CodeCandidate.Excluded"/>).</summary>
    public bool Excluded => Candidate.Excluded;

    /// <summary>The mentions the score is built from (<see cref="CodeCandidate.Basis"/>).</summary>
    public IReadOnlyList<Mention> Basis => Candidate.Basis;

    /// <summary>The strongest mention (<see cref="CodeCandidate.Best"/>).</summary>
    public Mention Best => Candidate.Best;

    /// <summary>The guideline rule that derived the code, if any (<see cref="CodeCandidate.Derived"/>).</summary>
    public Guidelines.DerivedRule? Derived => Candidate.Derived;
}
