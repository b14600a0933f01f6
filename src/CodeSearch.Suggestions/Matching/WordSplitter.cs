using System.Text;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Splits text into the folded words the matcher compares: runs of letters and digits, lower-cased, with accents and
/// ligatures folded to ASCII by <see cref="CharFolding"/>. Every other character (hyphens, slashes, brackets) splits,
/// so "non-small-cell" gives three words, which is how the code descriptions are split too.
/// </summary>
public static class WordSplitter
{
    /// <summary>Calls <paramref name="onWord"/> with (start, end, folded word) for each word inside the range.</summary>
    public static void Split(string text, int start, int end, Action<int, int, string> onWord)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        var wordStart = -1;
        for (var i = start; i <= end; i++)
        {
            var folded = i < end ? Fold(text[i]) : null;
            if (folded is not null)
            {
                if (wordStart < 0) wordStart = i;
                builder.Append(folded);
                continue;
            }
            if (wordStart >= 0)
            {
                onWord(wordStart, i, builder.ToString());
                builder.Clear();
                wordStart = -1;
            }
        }
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        Split(text, 0, text.Length, (_, _, w) => words.Add(w));
        return words;
    }

    // A letter or digit folded to lower-case ASCII; null for a separator.
    private static string? Fold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') return CharStrings[c];
            if (c is >= 'A' and <= 'Z') return CharStrings[c + 32];
            return null;
        }
        if (!char.IsLetterOrDigit(c)) return null;
        var folded = CharFolding.Fold(c);
        if (folded is null) return char.ToLowerInvariant(c).ToString();
        return folded.All(char.IsLetterOrDigit) ? folded : null;
    }

    private static readonly string[] CharStrings = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();
}
