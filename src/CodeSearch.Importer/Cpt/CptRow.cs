using CodeSearch.Core;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Cpt;

/// <summary>Maps one data row of the CPT CSV to a code, checking its shape.</summary>
internal static class CptRow
{
    public static MedicalCode Parse(CsvRecord record, string source, string releaseId, int order)
    {
        if (record.Fields.Count != CptCsvReader.Header.Count)
        {
            throw SourceErrors.Malformed(source, record.LineNumber, $"row has {record.Fields.Count} fields; expected {CptCsvReader.Header.Count}");
        }
        var code = record.Fields[0].Trim().ToUpperInvariant();
        if (code.Length is not (5 or 2) || !CodeFormat.IsWellFormed(CodeSystemId.Cpt, code))
        {
            throw SourceErrors.Malformed(source, record.LineNumber,
                $"code {SourceErrors.Quote(record.Fields[0])} is neither a CPT code (4 digits + digit, F, T or U) nor a 2-character modifier");
        }
        var longDescription = record.Fields[2].Trim();
        if (longDescription.Length == 0) throw SourceErrors.Malformed(source, record.LineNumber, $"{code} has an empty long_description");
        var modifier = code.Length == 2;
        return new MedicalCode
        {
            System = CodeSystemId.Cpt,
            Code = code,
            Description = longDescription,
            ShortDescription = record.Fields[1].Trim(),
            Kind = modifier ? CodeKind.Modifier : CodeKind.Code,
            Billable = !modifier,
            Order = order,
            ReleaseId = releaseId,
        };
    }
}
