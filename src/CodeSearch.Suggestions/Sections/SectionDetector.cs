using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Sections;

/// <summary>
/// Splits a note into sections at recognised headers (see <see cref="SectionHeaders"/> for the list). A header must
/// start a line (after optional spaces or tabs) and either end with a colon or stand alone on its line; matching is
/// case-insensitive. Text before the first header becomes a <see cref="SectionKind.Unknown"/> section when it holds
/// anything but whitespace.
/// </summary>
public static class SectionDetector
{
    /// <summary>The note's sections in text order, non-overlapping, with offsets into <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<Section> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headers = new List<HeaderMatch>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = LineBreaks.LineEnd(text, lineStart);
            if (HeaderMatcher.Match(text, lineStart, lineEnd) is { } header)
            {
                headers.Add(header);
            }

            lineStart = LineBreaks.NextLineStart(text, lineEnd);
        }

        var sections = new List<Section>(headers.Count + 1);
        var firstStart = headers.Count == 0 ? text.Length : headers[0].Name.Start;
        if (text.AsSpan(0, firstStart).Trim().Length > 0)
        {
            var before = new TextSpan(0, firstStart);
            sections.Add(new Section(SectionKind.Unknown, before, new TextSpan(0, 0), before));
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            var end = i + 1 < headers.Count ? headers[i + 1].Name.Start : text.Length;
            sections.Add(new Section(h.Kind, new TextSpan(h.Name.Start, end), h.Name, new TextSpan(h.End, end)));
        }

        return sections;
    }
}
