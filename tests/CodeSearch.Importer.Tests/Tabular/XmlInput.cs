using System.IO.Compression;
using System.Text;
using CodeSearch.Tests;

namespace CodeSearch.Importer.Tests.Tabular;

/// <summary>Inline XML as streams, and the ICD-10-CM XML fixture and mirror paths.</summary>
internal static class XmlInput
{
    public static Stream Of(string xml) => new MemoryStream(Encoding.UTF8.GetBytes(xml));

    public static Stream Gzipped(string xml)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(xml));
        buffer.Position = 0;
        return buffer;
    }

    public static string Fixture(string release, string file) => Path.Combine(TestPaths.Fixtures, "icd10cm", release, file);

    public static string Mirror(string release, string file) => Path.Combine(TestPaths.SharedCodesets, "icd10cm", release, file);

    public const string TabularFile = "icd10cm_tabular_2023.xml";
    public const string IndexFile = "icd10cm_index_2023.xml";
    public const string DrugFile = "icd10cm-drug-April-1-2026-XML.xml";
    public const string NeoplasmFile = "icd10cm-neoplasm-April-1-2026-XML.xml";
    public const string ExternalCauseFile = "icd10cm-eindex-April-1-2026-XML.xml";
}
