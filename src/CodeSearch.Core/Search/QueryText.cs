using System.Text;

namespace CodeSearch.Core.Search;

/// <summary>
/// Normalises query text before search and caching: lower case, runs of white space folded to one space, leading
/// space removed (the server and the eval command both use it). A trailing space is kept (as one) because it means "the last word is complete" to type-ahead.
/// </summary>
public static class QueryText
{
    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        if (pendingSpace) builder.Append(' ');
        return builder.ToString();
    }
}
