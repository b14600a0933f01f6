namespace CodeSearch.Importer.Text;

/// <summary>Streams the lines of a text source with their numbers; CRLF, LF and a missing final newline all work.</summary>
internal static class SourceLines
{
    /// <summary>Yields every line, blank ones included, so line numbers match the file.</summary>
    public static IEnumerable<SourceLine> Read(TextReader reader, CancellationToken ct = default)
    {
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            ct.ThrowIfCancellationRequested();
            yield return new SourceLine(++number, text);
        }
    }
}
