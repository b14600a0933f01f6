using CodeSearch.Core;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>Everything the note says about one code (stage 7): its mentions and its ranking features.</summary>
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

    /// <summary>Other candidates of the note in the same 3-character category (set by the analyser).</summary>
    public int CategoryRivals { get; set; }

    /// <summary>True when no candidate of the same category is supported more strongly (set by the analyser).</summary>
    public bool StrongestInCategory { get; set; } = true;

    /// <summary>True when a "use additional code" or "code first" note of another counted candidate names this code
    /// (set by <see cref="Guidelines.TabularNotePairs"/>).</summary>
    public bool NamedByNote { get; set; }

    /// <summary>Cosine between the note and the code's <see cref="CodeTopics"/> vector (set by the analyser).</summary>
    public double Topic { get; set; }

    /// <summary>Similarity-weighted share of the note's nearest train notes coded with the code (<see cref="NoteNeighbours"/>;
    /// set by the analyser).</summary>
    public double NeighbourVote { get; set; }

    /// <summary>Calibrated score, set by the ranker (or <see cref="Guidelines.RuleScoreFloor.Value"/> for a guideline
    /// code the ranker scored lower).</summary>
    public double Score { get; set; }

    /// <summary>The ranker's score when <see cref="Guidelines.RuleScoreFloor"/> raised it; null otherwise.</summary>
    public double? LearnedScore { get; set; }
}
