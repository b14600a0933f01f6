using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>What a <see cref="RankingFeature"/> reads: the candidate, the dictionary and priors it was found with,
/// and a few values several features share, computed once.</summary>
public sealed class FeatureInput
{
    /// <summary>Prepares the shared values of <paramref name="candidate"/>; <paramref name="note"/> holds the other
    /// candidates of its note (null: the candidate alone).</summary>
    public FeatureInput(CodeCandidate candidate, TermDictionary dictionary, CodePriors priors, NoteContext? note = null)
    {
        Candidate = candidate;
        Note = note ?? new NoteContext([candidate]);
        Dictionary = dictionary;
        Priors = priors;
        var basis = candidate.Basis;
        Best = basis.OrderByDescending(m => m.Coverage).ThenByDescending(m => m.Compactness).First();
        BestDictionary = basis.Where(m => m.Term.Source != TermSource.Learned).OrderByDescending(m => m.Coverage).FirstOrDefault();
        LearnedPrecision = basis.Max(m => m.Term.Source == TermSource.Learned ? m.Term.LearnedPrecision : m.LearnedPrecision);
        LearnedSupport = basis.Max(m => m.Term.Source == TermSource.Learned ? m.Term.LearnedSupport : m.LearnedSupport);
    }

    /// <summary>The candidate scored.</summary>
    public CodeCandidate Candidate { get; }

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
