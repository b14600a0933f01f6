namespace CodeSearch.Core.Reference;

/// <summary>
/// A tabular note as it applies to one code: the note, where it is printed (the code itself, an ancestor, its
/// section or chapter), and the release of the Tabular List it was taken from (which may be an earlier release,
/// carried forward; see docs/reference.md).
/// </summary>
public sealed record AppliedNote(
    TabularNote Note,
    TabularLevel SourceLevel,
    string SourceId,
    string SourceDescription,
    bool Inherited,
    string FromRelease);
