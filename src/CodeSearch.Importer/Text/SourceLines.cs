using System.Text;

namespace CodeSearch.Importer.Text;

/// <summary>
/// Streams the lines of a text source with their numbers, as <see cref="TextReader.ReadLine"/> splits them (CR, LF
/// or CRLF), and says whether each line ended with a line break: a last line without one is how a file cut off in
/// the middle of a line looks.
/// </summary>
internal static class SourceLines
{
    /// <summary>Yields every line, blank ones included, so line numbers match the file.</summary>
    public static IEnumerable<SourceLine> Read(TextReader reader, CancellationToken ct = default)
    {
        var number = 0;
        var text = new StringBuilder();
        var buffer = new char[1 << 16];
        var afterCr = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            if (afterCr && buffer[0] == '\n') start = 1; // the LF of a CRLF split across two reads
            afterCr = false;
            while (start < read)
            {
                var end = buffer.AsSpan(start, read - start).IndexOfAny('\r', '\n');
                if (end < 0)
                {
                    text.Append(buffer, start, read - start);
                    break;
                }
                text.Append(buffer, start, end);
                start += end + 1;
                if (buffer[start - 1] == '\r')
                {
                    if (start < read && buffer[start] == '\n') start++;
                    else if (start == read) afterCr = true;
                }
                ct.ThrowIfCancellationRequested();
                yield return new SourceLine(++number, text.ToString());
                text.Clear();
            }
        }
        if (text.Length > 0) yield return new SourceLine(++number, text.ToString(), Terminated: false);
    }

    /// <summary>
    /// Throws when <paramref name="line"/> is the last line and has no line break although it holds text. The
    /// official order, addenda and HCPCS files end every line with CRLF, and a line cut short in their fixed-width
    /// layouts can still parse (a shorter title), so this is the one sign of a truncated file without a checksum.
    /// </summary>
    public static void RequireTerminated(SourceLine line, string source)
    {
        if (!line.Terminated && !line.IsBlank)
        {
            throw SourceErrors.Malformed(source, line.Number,
                "the file ends in the middle of this line (truncated?); the official files end every line with a line break");
        }
    }
}
