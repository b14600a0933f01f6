using CodeSearch.Core;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Indexing.Build;

/// <summary>Counts what an imported release holds, for generation.json and ListCodeSystems.</summary>
public static class ReleaseStatistics
{
    public static LoadedRelease Of(ImportedRelease imported)
    {
        int billable = 0, headers = 0, modifiers = 0, terminated = 0;
        foreach (var code in imported.Codes)
        {
            if (code.Billable) billable++;
            if (code.Kind == CodeKind.Header) headers++;
            if (code.Kind == CodeKind.Modifier) modifiers++;
            if (code.TerminationDate is not null) terminated++;
        }
        return new LoadedRelease
        {
            Release = imported.Release,
            CodeCount = imported.Codes.Count,
            BillableCount = billable,
            HeaderCount = headers,
            ModifierCount = modifiers,
            TerminatedCount = terminated,
            Sources = imported.Sources,
        };
    }
}
