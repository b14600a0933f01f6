using System.Text;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;

namespace CodeSearch.Importer.Loading;

/// <summary>Reads one member of an archive as strict UTF-8 text, turning I/O and decoding failures into <see cref="SourceDataException"/>.</summary>
internal static class ArchiveText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Calls <paramref name="read"/> with the member's text and its display name ("archive/member").</summary>
    public static T Read<T>(ISourceArchive archive, string member, Func<TextReader, string, T> read)
    {
        var name = $"{archive.DisplayName}/{member}";
        try
        {
            using var stream = archive.OpenMember(member);
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            return read(reader, name);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new SourceDataException($"{name} cannot be read (corrupt or truncated archive?): {ex.Message}", ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SourceDataException($"{name} is not ASCII/UTF-8 text: {ex.Message}", ex);
        }
    }
}
