using CodeSearch.Core.Errors;

namespace CodeSearch.Suggestions.Data;

/// <summary>
/// A curated data file shipped with the suggestions pipeline (for example <c>abbreviations.tsv</c>) is malformed.
/// The message names the file, the 1-based line number and the problem; data files never hold note text.
/// </summary>
public sealed class DataFileException(string fileName, int lineNumber, string problem)
    : CodeSearchException($"{fileName} line {lineNumber}: {problem}")
{
    /// <summary>The data file's name, e.g. <c>abbreviations.tsv</c>.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The 1-based line number of the offending row (0 when the file itself is missing).</summary>
    public int LineNumber { get; } = lineNumber;
}
