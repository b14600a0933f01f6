namespace CodeSearch.Importer.Icd10;

/// <summary>What an order addenda line says.</summary>
public enum AddendaAction
{
    /// <summary>"Add:" — new in this release (or re-added with a new valid flag).</summary>
    Add = 1,
    /// <summary>"Delete:" — removed from this release (or removed with its old valid flag).</summary>
    Delete = 2,
    /// <summary>"Revise from:" — the old titles.</summary>
    ReviseFrom = 3,
    /// <summary>"Revise to:" — the new titles.</summary>
    ReviseTo = 4,
}

/// <summary>One change line of an order addenda file.</summary>
/// <param name="LineNumber">1-based line in the addenda file.</param>
/// <param name="Action">The line's label.</param>
/// <param name="Code">Undotted code.</param>
/// <param name="Valid">Valid flag; null in the ICD-10-PCS addenda, which carry none.</param>
/// <param name="ShortDescription">Short title.</param>
/// <param name="LongDescription">Long title.</param>
public sealed record AddendaEntry(
    int LineNumber, AddendaAction Action, string Code, bool? Valid, string ShortDescription, string LongDescription);

/// <summary>The change lines of an order addenda file; the summary block at its end is not kept.</summary>
public sealed record OrderAddenda(string SourceName, IReadOnlyList<AddendaEntry> Entries)
{
    /// <summary>Entries with one action, in file order.</summary>
    public IEnumerable<AddendaEntry> With(AddendaAction action) => Entries.Where(e => e.Action == action);
}
