namespace CodeSearch.Core.Vocabulary;

/// <summary>A vocabulary data file shipped in the assembly is malformed: names the file and line.</summary>
public sealed class VocabularyFileException(string fileName, int lineNumber, string problem)
    : Exception($"{fileName} line {lineNumber}: {problem}")
{
    /// <summary>The data file's name, e.g. <c>terms.tsv</c>.</summary>
    public string FileName { get; } = fileName;

    /// <summary>1-based line of the problem (0 when the file itself is missing).</summary>
    public int LineNumber { get; } = lineNumber;
}
