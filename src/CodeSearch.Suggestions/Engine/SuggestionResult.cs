using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Sections;

namespace CodeSearch.Suggestions.Engine;

/// <summary>Where in the client's text a suggestion comes from.</summary>
/// <param name="Start">Offset into the request text (UTF-16 code units), inclusive.</param>
/// <param name="End">Offset into the request text, exclusive.</param>
/// <param name="Text">The request text between the offsets.</param>
/// <param name="Section">The note section the span sits in.</param>
/// <param name="Assertion">What the note says about this mention.</param>
public sealed record EvidenceSpan(int Start, int End, string Text, SectionKind Section, Assertion.AssertionKind Assertion);

/// <summary>One ranked code.</summary>
/// <param name="Code">The code, from the release used.</param>
/// <param name="Score">Confidence in [0,1], calibrated (docs/quality.md).</param>
/// <param name="Evidence">Mentions that support it, in text order.</param>
/// <param name="Rationale">Which words matched which description or synonym.</param>
public sealed record CodeSuggestion(MedicalCode Code, double Score, IReadOnlyList<EvidenceSpan> Evidence, string Rationale);

/// <summary>A code whose every mention was left out because of its assertion.</summary>
public sealed record ExcludedMention(MedicalCode Code, Assertion.AssertionKind Assertion, double Score,
    IReadOnlyList<EvidenceSpan> Evidence, string Rationale);

/// <summary>The answer for one note.</summary>
/// <param name="Suggestions">Best first.</param>
/// <param name="Excluded">Filled only when the request asked for it.</param>
/// <param name="Releases">The release used for each requested system.</param>
public sealed record SuggestionResult(IReadOnlyList<CodeSuggestion> Suggestions, IReadOnlyList<ExcludedMention> Excluded,
    IReadOnlyList<LoadedRelease> Releases);
