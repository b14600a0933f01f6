using System.Text;
using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;

namespace CodeSearch.Importer.Cpt;

/// <summary>Imports a licensee's CPT CSV file as one release.</summary>
public static class CptImporter
{
    /// <summary>Reads <paramref name="csvPath"/> (UTF-8, optional BOM) into a CPT release.</summary>
    /// <exception cref="SourceDataException">The file is missing or malformed.</exception>
    public static ImportedRelease Import(string csvPath, string releaseId, DateOnly effectiveDate, DateOnly? endDate, CancellationToken ct = default)
    {
        if (!File.Exists(csvPath)) throw new SourceDataException($"CPT file '{csvPath}' was not found.");
        if (endDate < effectiveDate) throw new ArgumentException($"endDate {endDate} is before effectiveDate {effectiveDate}.", nameof(endDate));
        var name = Path.GetFileName(csvPath);
        IReadOnlyList<MedicalCode> codes;
        using (var reader = new StreamReader(csvPath, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                codes = CptCsvReader.Read(reader, releaseId, name, ct);
            }
            catch (DecoderFallbackException ex)
            {
                throw new SourceDataException($"{name} is not valid UTF-8: {ex.Message}", ex);
            }
        }
        return new ImportedRelease
        {
            Release = new CodeRelease { System = CodeSystemId.Cpt, ReleaseId = releaseId, EffectiveDate = effectiveDate, EndDate = endDate },
            Codes = codes,
            Sources = [new SourceFileInfo(name, Sha256Hex.OfFile(csvPath), new FileInfo(csvPath).Length, [name])],
        };
    }
}
