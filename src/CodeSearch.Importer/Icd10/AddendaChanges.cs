using CodeSearch.Core;

namespace CodeSearch.Importer.Icd10;

/// <summary>
/// Interprets addenda lines. A code both deleted and added (ICD-10-CM FY2026 "Delete: 1 B880" then
/// "Add: 0 B880") changed status, e.g. from billable to header: it is Revised, not new and not deleted.
/// Only codes absent from the new order file are deletions.
/// </summary>
internal static class AddendaChanges
{
    public static Dictionary<string, ReleaseChange> ByCode(OrderAddenda addenda)
    {
        var deleted = addenda.With(AddendaAction.Delete).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var changes = new Dictionary<string, ReleaseChange>(StringComparer.Ordinal);
        foreach (var entry in addenda.Entries)
        {
            switch (entry.Action)
            {
                case AddendaAction.Add:
                    changes[entry.Code] = deleted.Contains(entry.Code) ? ReleaseChange.Revised : ReleaseChange.Added;
                    break;
                case AddendaAction.ReviseTo:
                    changes.TryAdd(entry.Code, ReleaseChange.Revised);
                    break;
            }
        }
        return changes;
    }

    public static IReadOnlyList<DeletedCode> Deleted(
        OrderAddenda addenda, HashSet<string> present, CodeSystemId system, string releaseId) =>
        addenda.With(AddendaAction.Delete)
            .Where(e => !present.Contains(e.Code))
            .DistinctBy(e => e.Code)
            .Select(e => new DeletedCode(system, e.Code, e.LongDescription, releaseId))
            .ToList();
}
