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
    public IReadOnlyList<Mention> Asserted { get; } = CountedOf(Mentions, Chronic);

    /// <summary>True when every mention was left out because of its assertion.</summary>
    public bool Excluded => Asserted.Count == 0;

    /// <summary>The mentions the score is built from: the asserted ones, or all when excluded.</summary>
    public IReadOnlyList<Mention> Basis => Excluded ? Mentions : Asserted;

    /// <summary>The strongest mention of <see cref="Basis"/>.</summary>
    public Mention Best { get; } = StrongestOf(Mentions, Chronic);

    /// <summary>The guideline rule that derived this code from other codes' mentions, if any.</summary>
    public Guidelines.DerivedRule? Derived { get; init; }

    // Loops rather than LINQ: every candidate of every note runs these.
    private static bool Counts(Mention m, bool chronic) =>
        m.Assertion is Assertion.AssertionKind.Present or Assertion.AssertionKind.Possible
        || (chronic && m.Assertion == Assertion.AssertionKind.Historical);

    private static List<Mention> CountedOf(IReadOnlyList<Mention> mentions, bool chronic)
    {
        var counted = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (Counts(mentions[i], chronic)) counted.Add(mentions[i]);
        }
        return counted;
    }

    // The first mention with the greatest (counted, coverage, compactness).
    private static Mention StrongestOf(IReadOnlyList<Mention> mentions, bool chronic)
    {
        if (mentions.Count == 0) throw new InvalidOperationException("a code candidate needs at least one mention");
        var best = mentions[0];
        for (var i = 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var byCounted = Counts(m, chronic).CompareTo(Counts(best, chronic));
            var order = byCounted != 0 ? byCounted : m.Coverage.CompareTo(best.Coverage) is var byCoverage && byCoverage != 0 ? byCoverage
                : m.Compactness.CompareTo(best.Compactness);
            if (order > 0) best = m;
        }
        return best;
    }
}
