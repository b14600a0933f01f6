using CodeSearch.Core;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>Everything the note says about one code (the candidates stage): its mentions and the rule that derived it.
/// What the rest of the note says about it is its <see cref="CandidateContext"/>, and its score a
/// <see cref="ScoredCandidate"/>: each stage returns its own immutable value.</summary>
/// <param name="Code">The code.</param>
/// <param name="Mentions">All mentions, in text order.</param>
/// <param name="Chronic">True for a chronic condition (<see cref="Assertion.ChronicConditions"/>), whose historical
/// mentions count as well.</param>
public sealed record CodeCandidate(MedicalCode Code, IReadOnlyList<Mention> Mentions, bool Chronic = false)
{
    /// <summary>Mentions that count for a suggestion: present or possible, and historical ones of a chronic condition.</summary>
    public IReadOnlyList<Mention> Asserted { get; } = Mentions
        .Where(m => m.Assertion is Assertion.AssertionKind.Present or Assertion.AssertionKind.Possible
                    || (Chronic && m.Assertion == Assertion.AssertionKind.Historical)).ToList();

    /// <summary>True when every mention was left out because of its assertion.</summary>
    public bool Excluded => Asserted.Count == 0;

    /// <summary>The mentions the score is built from: the asserted ones, or all when excluded.</summary>
    public IReadOnlyList<Mention> Basis => Excluded ? Mentions : Asserted;

    /// <summary>The strongest mention of <see cref="Basis"/>.</summary>
    public Mention Best { get; } = Mentions
        .OrderByDescending(m => m.Assertion is Assertion.AssertionKind.Present or Assertion.AssertionKind.Possible
                                || (Chronic && m.Assertion == Assertion.AssertionKind.Historical))
        .ThenByDescending(m => m.Coverage).ThenByDescending(m => m.Compactness).First();

    /// <summary>The guideline rule that derived this code from other codes' mentions, if any.</summary>
    public Guidelines.DerivedRule? Derived { get; init; }
}
