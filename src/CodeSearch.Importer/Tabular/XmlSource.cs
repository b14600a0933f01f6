using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Tabular;

/// <summary>
/// Opens and loads the CDC ICD-10-CM XML files (tabular and index), plain or gzipped, reporting every
/// failure as a <see cref="SourceDataException"/> that names the file and, for malformed XML, the line.
/// </summary>
public static class XmlSource
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Deepest element nesting accepted (the CDC files nest at most 13 deep); deeper is malformed.</summary>
    public const int MaxDepth = 64;

    /// <summary>Opens <paramref name="path"/> for reading, decompressing when it ends with ".gz".</summary>
    /// <exception cref="SourceDataException">The file cannot be opened.</exception>
    public static Stream Open(string path)
    {
        try
        {
            var file = File.OpenRead(path);
            return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SourceDataException($"{path} cannot be opened: {ex.Message}", ex);
        }
    }

    /// <summary>Loads a whole document with line numbers, checking the root element's name.</summary>
    internal static XElement LoadRoot(Stream xml, string rootName, string sourceName, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        XDocument document;
        try
        {
            using var reader = new DepthLimitedXmlReader(XmlReader.Create(xml, Settings), MaxDepth);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw SourceErrors.Malformed(sourceName, ex.LineNumber, $"malformed XML: {ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new SourceDataException($"{sourceName} cannot be read (corrupt or truncated gzip?): {ex.Message}", ex);
        }
        var root = document.Root!;
        if (root.Name.LocalName != rootName)
        {
            throw SourceErrors.Malformed(sourceName, XmlText.Line(root), $"root element is <{root.Name.LocalName}>; expected <{rootName}>");
        }
        return root;
    }
}
