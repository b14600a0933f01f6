namespace CodeSearch.Suggestions.Text;

/// <summary>
/// A note folded for matching, with a map from every folded character back to the client's original text so
/// evidence found in <see cref="Text"/> can be reported as offsets into <see cref="Original"/>.
/// </summary>
/// <remarks>
/// Folding rules, applied character by character by <see cref="Create"/>:
/// <list type="bullet">
/// <item>letters are lower-cased (invariant culture);</item>
/// <item>accented Latin letters, ligatures, full-width ASCII, super/subscript digits, curly quotes and dashes fold
/// to ASCII (é → e, ß → ss, ﬁ → fi, “ → ", – → -), see <see cref="CharFolding"/>;</item>
/// <item>combining marks are dropped, and the original span of the preceding character grows to cover them;</item>
/// <item>control characters (including NUL) and format characters (zero-width space/joiners U+200B..U+200D,
/// BOM U+FEFF, direction marks U+200E/U+200F and embeddings U+202A..U+202E, soft hyphen) are dropped;</item>
/// <item>any run of whitespace (spaces, tabs, CR/LF, NBSP, line separators) becomes one space whose original span
/// covers the whole run;</item>
/// <item>lone surrogates are dropped; valid surrogate pairs are kept unchanged.</item>
/// </list>
/// </remarks>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private NormalizedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The client's text, unchanged.</summary>
    public string Original { get; }

    /// <summary>The folded text used for matching.</summary>
    public string Text { get; }

    /// <summary>Folds <paramref name="original"/>; never throws for any non-null string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is null.</exception>
    public static NormalizedText Create(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var builder = new NormalizedTextBuilder(original.Length);
        TextFolder.Fold(original, builder);
        return new NormalizedText(original, builder.Text(), builder.Starts(), builder.Ends());
    }

    /// <summary>
    /// The original index of the folded character at <paramref name="normalizedIndex"/>;
    /// <see cref="Text"/>.Length maps to <see cref="Original"/>.Length.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, Text.Length].</exception>
    public int ToOriginalIndex(int normalizedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedIndex, Text.Length);
        return normalizedIndex == Text.Length ? Original.Length : _starts[normalizedIndex];
    }

    /// <summary>
    /// Maps the folded range [<paramref name="start"/>, <paramref name="end"/>) to the smallest original range
    /// holding every character it came from, so <c>span.Of(Original)</c> is the client's wording.
    /// An empty range maps to an empty range at the corresponding original position.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is reversed or outside [0, Text.Length].</exception>
    public TextSpan ToOriginalSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        if (start == end)
        {
            var at = ToOriginalIndex(start);
            return new TextSpan(at, at);
        }

        return new TextSpan(_starts[start], _ends[end - 1]);
    }

    /// <summary>Maps a folded <paramref name="span"/> back to the original text; see <see cref="ToOriginalSpan(int, int)"/>.</summary>
    public TextSpan ToOriginalSpan(TextSpan span) => ToOriginalSpan(span.Start, span.End);
}
