using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Pipeline;

/// <summary>One term of one code found in one sentence (stage 6).</summary>
/// <param name="Sentence">Index of the sentence in the note.</param>
/// <param name="Term">The matched term.</param>
/// <param name="TermId">Its id in the dictionary.</param>
/// <param name="Coverage">Weighted share of the term's required words the sentence covers.</param>
/// <param name="Evidence">The tightest span of the sentence holding the matched words (client offsets).</param>
/// <param name="Compactness">Matched distinct words divided by the words the evidence span holds, in (0, 1].</param>
/// <param name="ViaAbbreviation">True when an abbreviation's expansion supplied a matched word.</param>
/// <param name="MatchedWords">Distinct stems of the term (required or optional) found in the sentence.</param>
public sealed record Mention(int Sentence, Term Term, int TermId, float Coverage, TextSpan Evidence, float Compactness,
    bool ViaAbbreviation, int MatchedWords)
{
    /// <summary>Best precision of a learned phrase for the same code in the same sentence (0 when none matched).</summary>
    public float LearnedPrecision { get; init; }

    /// <summary>Train support of that learned phrase.</summary>
    public int LearnedSupport { get; init; }

    /// <summary>True when a guideline phrase of the code matched in full in the sentence, whichever term won the mention
    /// (a learned phrase with the same words wins ties; Guidelines/RuleScoreFloor reads this).</summary>
    public bool GuidelineMatched { get; init; }

    /// <summary>True when another mention of the sentence covers this one's evidence with more matched words
    /// ("pain" inside "abdominal pain"): coders code the more specific wording.</summary>
    public bool Subsumed { get; init; }

    /// <summary>True when another code's term matched the same words better: this mention is its evidence's runner-up.</summary>
    public bool RunnerUp { get; init; }

    /// <summary>True when a descendant code matched the same sentence at least as well: the ancestor stays a candidate
    /// and the ranker weighs it (coders often assign the category).</summary>
    public bool DescendantMatched { get; init; }

    /// <summary>The section the sentence sits in.</summary>
    public Sections.SectionKind Section { get; init; }

    /// <summary>For a Neoplasm Table mention (<see cref="Neoplasms.NeoplasmFinder"/>): 1 for the column the words state,
    /// <see cref="Neoplasms.NeoplasmFinder.AlternativeReading"/> for a weaker second reading; 0 otherwise.</summary>
    public float NeoplasmReading { get; init; }

    /// <summary>What the note says about this mention: <see cref="Assertion.AssertionKind.Present"/> until the assertion
    /// stage returns the mention classified (<c>mention with { Assertion = ... }</c>).</summary>
    public Assertion.AssertionKind Assertion { get; init; }
}
