using CodeSearch.Core;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Icd10;

/// <summary>
/// Turns order-file rows (and the release's addenda, when read) into domain codes with parents and
/// change marks, plus the codes the release deleted.
/// </summary>
public static class OrderReleaseBuilder
{
    /// <summary>Builds the release's codes and deletions.</summary>
    /// <exception cref="Core.Errors.SourceDataException">The addenda add or revise a code the order file does not contain
    /// (the two files are not of the same release).</exception>
    public static (IReadOnlyList<MedicalCode> Codes, IReadOnlyList<DeletedCode> Deleted) Build(
        CodeSystemId system, string releaseId, IReadOnlyList<OrderFileRow> rows, OrderAddenda? addenda)
    {
        var parents = new ParentResolver(rows.Select(r => r.Code));
        var changes = addenda is null ? new Dictionary<string, ReleaseChange>() : AddendaChanges.ByCode(addenda);
        var present = new HashSet<string>(rows.Select(r => r.Code), StringComparer.Ordinal);
        CheckAddendaMatch(addenda, changes, present);

        var codes = new MedicalCode[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            codes[i] = new MedicalCode
            {
                System = system,
                Code = row.Code,
                Description = row.LongDescription,
                ShortDescription = row.ShortDescription,
                Kind = row.Valid ? CodeKind.Code : CodeKind.Header,
                Billable = row.Valid,
                ParentCode = parents.ParentOf(row.Code),
                Order = row.Order,
                ReleaseId = releaseId,
                Change = changes.GetValueOrDefault(row.Code),
            };
        }
        var deleted = addenda is null ? [] : AddendaChanges.Deleted(addenda, present, system, releaseId);
        return (codes, deleted);
    }

    private static void CheckAddendaMatch(OrderAddenda? addenda, Dictionary<string, ReleaseChange> changes, HashSet<string> present)
    {
        if (addenda is null) return;
        foreach (var code in changes.Keys.Where(c => !present.Contains(c)))
        {
            var line = addenda.Entries.First(e => e.Code == code && e.Action != AddendaAction.Delete).LineNumber;
            throw SourceErrors.Malformed(addenda.SourceName, line,
                $"the addenda add or revise {code}, which the order file does not contain (are both files of the same release?)");
        }
    }
}
