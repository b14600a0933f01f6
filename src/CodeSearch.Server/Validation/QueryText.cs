using System.Text;

namespace CodeSearch.Server.Validation;

/// <summary>
/// Normalises query text before search and caching: lower case, runs of white space folded to one space, leading
/// space removed. A trailing space is kept (as one) because it means "the last word is complete" to type-ahead.
/// </summary>
internal static class QueryText
{
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
