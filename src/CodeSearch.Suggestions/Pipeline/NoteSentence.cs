using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Sections;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Pipeline;

/// <summary>One sentence of a note, ready for matching: where it is, its section, and its words with stems.</summary>
/// <param name="Span">Offsets into the client's text.</param>
/// <param name="Section">The section holding it.</param>
/// <param name="Words">Words in text order; abbreviation expansions sit on their abbreviation's span.</param>
public sealed record NoteSentence(TextSpan Span, SectionKind Section, Word[] Words);
