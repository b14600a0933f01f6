using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Text;

/// <summary>Builds the <see cref="SourceDataException"/>s readers throw, so every message names file and line the same way.</summary>
internal static class SourceErrors
{
    private const int MaxQuoted = 40;

    /// <summary>"{source} line {n}: {problem}".</summary>
    public static SourceDataException Malformed(string source, int lineNumber, string problem) =>
        new($"{source} line {lineNumber}: {problem}");

    /// <summary>Quotes a fragment of source text for a message, cut to a readable length.</summary>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var cut = text.Length > MaxQuoted ? string.Concat(text[..MaxQuoted], "...") : text.ToString();
        return "'" + cut + "'";
    }
}
