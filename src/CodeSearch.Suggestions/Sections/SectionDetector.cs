using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Sections;

/// <summary>
/// Splits a note into sections at recognised headers (see <see cref="SectionHeaders"/> for the list). A header must
/// start a line (after optional spaces or tabs) and either end with a colon or stand alone on its line; matching is
/// case-insensitive. Text before the first header becomes a <see cref="SectionKind.Unknown"/> section when it holds
/// anything but whitespace. A family history opened by a header with its content on the same line ("Family history:
/// an uncle with ALS.") holds that line and the list items right after it; the prose that follows is the patient's
/// again, an <see cref="SectionKind.Unknown"/> section up to the next header (see <see cref="InlineFamilyEnd"/>).
/// </summary>
public static class SectionDetector
{
    /// <summary>The note's sections in text order, non-overlapping, with offsets into <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<Section> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headers = new List<HeaderMatch>();
        var lineEnds = new List<int>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = LineBreaks.LineEnd(text, lineStart);
            if (HeaderMatcher.Match(text, lineStart, lineEnd) is { } header)
            {
                headers.Add(header);
                lineEnds.Add(lineEnd);
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
            var own = h.Kind == SectionKind.FamilyHistory ? InlineFamilyEnd(text, h, lineEnds[i], end) : end;
            sections.Add(new Section(h.Kind, new TextSpan(h.Name.Start, own), h.Name, new TextSpan(h.End, own)));
            if (own < end)
            {
                var rest = new TextSpan(own, end);
                sections.Add(new Section(SectionKind.Unknown, rest, new TextSpan(own, own), rest));
            }
        }

        return sections;
    }

    /// <summary>
    /// Where a family history section ends: at <paramref name="end"/> (the next header) when its header stands alone on
    /// its line, else after its own line and the list items ("- mother: diabetes") that follow it. Case reports write
    /// "Family history: a maternal aunt with epilepsy." in running prose, and the next sentence is about the patient.
    /// </summary>
    internal static int InlineFamilyEnd(string text, HeaderMatch header, int headerLineEnd, int end)
    {
        if (text.AsSpan(header.End, headerLineEnd - header.End).Trim().Length == 0) return end;
        var lineStart = LineBreaks.NextLineStart(text, headerLineEnd);
        while (lineStart < end)
        {
            var lineEnd = LineBreaks.LineEnd(text, lineStart);
            var content = text.AsSpan(lineStart, lineEnd - lineStart);
            if (content.Trim().Length > 0 && !ListMarkers.StartsItem(text, lineStart, lineEnd)) return lineStart;
            lineStart = LineBreaks.NextLineStart(text, lineEnd);
        }
        return end;
    }
}
