namespace CodeSearch.Suggestions.Matching;

/// <summary>A term found in one sentence.</summary>
/// <param name="TermId">Index of the term in the dictionary.</param>
/// <param name="Coverage">Weighted share of the term's required stems the sentence holds, in (0, 1].</param>
public readonly record struct TermMatch(int TermId, float Coverage);
