using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>What a <see cref="RankingFeature"/> reads: the candidate, its context, the dictionary and priors it was
/// found with, and a few values several features share, computed once.</summary>
public sealed class FeatureInput
{
    /// <summary>Prepares the shared values of <paramref name="candidate"/>; <paramref name="note"/> holds the other
    /// candidates of its note (null: the candidate alone).</summary>
    public FeatureInput(CodeCandidate candidate, CandidateContext context, TermDictionary dictionary, CodePriors priors,
        NoteContext? note = null)
    {
        Candidate = candidate;
        Context = context;
        Note = note ?? new NoteContext([candidate], [context]);
        Dictionary = dictionary;
        Priors = priors;
        // One pass instead of four LINQ queries; ties keep the first mention, as a stable sort would.
        var basis = candidate.Basis;
        var best = basis[0];
        Mention? bestDictionary = null;
        var (precision, support) = (float.MinValue, int.MinValue);
        for (var i = 0; i < basis.Count; i++)
        {
            var m = basis[i];
            if (i > 0 && (m.Coverage.CompareTo(best.Coverage) is var byCoverage && byCoverage != 0 ? byCoverage
                    : m.Compactness.CompareTo(best.Compactness)) > 0) best = m;
            if (m.Term.Source != TermSource.Learned && (bestDictionary is null || m.Coverage.CompareTo(bestDictionary.Coverage) > 0)) bestDictionary = m;
            var learned = m.Term.Source == TermSource.Learned;
            precision = Math.Max(precision, learned ? m.Term.LearnedPrecision : m.LearnedPrecision);
            support = Math.Max(support, learned ? m.Term.LearnedSupport : m.LearnedSupport);
        }
        (Best, BestDictionary, LearnedPrecision, LearnedSupport) = (best, bestDictionary, precision, support);
    }

    /// <summary>The candidate scored.</summary>
    public CodeCandidate Candidate { get; }

    /// <summary>What the other candidates and the note say about it.</summary>
    public CandidateContext Context { get; }

    /// <summary>Its code.</summary>
    public MedicalCode Code => Candidate.Code;

    /// <summary>The mentions the score is built from (<see cref="CodeCandidate.Basis"/>).</summary>
    public IReadOnlyList<Mention> Basis => Candidate.Basis;

    /// <summary>The other candidates of the note, for the note-relative features.</summary>
    public NoteContext Note { get; }

    /// <summary>The release's compiled dictionary.</summary>
    public TermDictionary Dictionary { get; }

    /// <summary>Train statistics per code and wording.</summary>
    public CodePriors Priors { get; }

    /// <summary>The basis mention with the best coverage, then compactness.</summary>
    public Mention Best { get; }

    /// <summary>The best basis mention through a description, synonym or guideline wording (not a learned phrase).</summary>
    public Mention? BestDictionary { get; }

    /// <summary>Best precision of a learned phrase of the code in the basis.</summary>
    public double LearnedPrecision { get; }

    /// <summary>Train support of the best learned phrase in the basis.</summary>
    public double LearnedSupport { get; }
}
