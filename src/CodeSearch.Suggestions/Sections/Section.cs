using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Sections;

/// <summary>
/// One section of a note. All spans are offsets into the original note text.
/// </summary>
/// <param name="Kind">What the header says the section is; <see cref="SectionKind.Unknown"/> before any header.</param>
/// <param name="Span">From the header's first character up to the next header (or the end of the text).</param>
/// <param name="Header">The header words without the colon, e.g. "Past medical history"; empty for Unknown.</param>
/// <param name="Body">The section's content: after the header and its colon, up to <see cref="Span"/>'s end.</param>
public sealed record Section(SectionKind Kind, TextSpan Span, TextSpan Header, TextSpan Body);
