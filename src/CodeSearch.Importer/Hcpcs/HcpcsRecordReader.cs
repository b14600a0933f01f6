using System.Text;
using CodeSearch.Core;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Hcpcs;

/// <summary>
/// Reads the CMS HCPCS Level II fixed-width file. Record 3 starts a procedure code, 7 a modifier; records 4
/// and 8 continue the previous entry's long description (joined with one space). Over-long records are
/// accepted when the extra columns are blank (the published G9871 record is 546 characters); blank lines,
/// including the file's final line of spaces, are skipped.
/// </summary>
public static class HcpcsRecordReader
{
    /// <summary>Reads every procedure code (Kind Code, billable) and modifier (Kind Modifier, not billable) in file order.</summary>
    /// <exception cref="Core.Errors.SourceDataException">A line is malformed, a continuation has no matching first line,
    /// or a code appears twice.</exception>
    public static IReadOnlyList<MedicalCode> Read(TextReader reader, string releaseId, string sourceName, CancellationToken ct = default)
    {
        var codes = new List<MedicalCode>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        HcpcsLine? first = null;
        var description = new StringBuilder();
        foreach (var line in SourceLines.Read(reader, ct))
        {
            if (line.IsBlank) continue;
            var record = HcpcsLine.Parse(line, sourceName);
            SourceLines.RequireTerminated(line, sourceName); // a cut line that still parses
            if (record.IsFirstLine)
            {
                Flush();
                if (!seen.TryAdd(record.Code, line.Number))
                {
                    throw SourceErrors.Malformed(sourceName, line.Number, $"{record.Code} already appeared on line {seen[record.Code]}");
                }
                first = record;
                description.Clear().Append(record.LongText);
                continue;
            }
            if (first is not { } start || start.Code != record.Code || start.IsModifier != record.IsModifier)
            {
                throw SourceErrors.Malformed(sourceName, line.Number,
                    $"continuation record for {record.Code} does not follow a first record of {record.Code}");
            }
            if (record.LongText.Length > 0) description.Append(' ').Append(record.LongText);
        }
        Flush();
        if (codes.Count == 0) throw new Core.Errors.SourceDataException($"{sourceName} holds no records (an empty or truncated file).");
        return codes;

        void Flush()
        {
            if (first is not { } start) return;
            codes.Add(ToCode(start, description.ToString(), codes.Count + 1, releaseId));
            first = null;
        }
    }

    private static MedicalCode ToCode(HcpcsLine line, string description, int order, string releaseId) => new()
    {
        System = CodeSystemId.Hcpcs,
        Code = line.Code,
        Description = description,
        ShortDescription = line.ShortText,
        Kind = line.IsModifier ? CodeKind.Modifier : CodeKind.Code,
        Billable = !line.IsModifier,
        Order = order,
        ReleaseId = releaseId,
        AddDate = line.AddDate,
        ActionEffectiveDate = line.ActionDate,
        TerminationDate = line.TerminationDate,
        ActionCode = line.ActionCode,
    };
}
