namespace CodeSearch.Importer.Text;

/// <summary>One physical line of a source file, without its line ending.</summary>
/// <param name="Number">1-based line number, as an editor shows it.</param>
/// <param name="Text">The line's text without CR/LF.</param>
/// <param name="Terminated">False for a last line with no line break after it.</param>
internal readonly record struct SourceLine(int Number, string Text, bool Terminated = true)
{
    /// <summary>True for an empty line or one holding only spaces or tabs.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
