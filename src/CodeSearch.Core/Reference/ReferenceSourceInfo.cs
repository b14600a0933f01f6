namespace CodeSearch.Core.Reference;

/// <summary>One reference file loaded: what it is, which release it was published with, what it is applied to.</summary>
/// <param name="Kind">"tabular", "diseases", "neoplasms", "drugs" or "external_causes".</param>
/// <param name="ReleaseId">The release it was published with, e.g. "FY2023".</param>
/// <param name="AppliedTo">The code release it is applied to, e.g. "FY2026".</param>
/// <param name="File">The file read.</param>
/// <param name="EntryCount">Tabular nodes or index entries read.</param>
public sealed record ReferenceSourceInfo(string Kind, string ReleaseId, string AppliedTo, SourceFileInfo File, int EntryCount);

/// <summary>Reference material as imported: the data and the files it came from.</summary>
public sealed record ImportedReference(ReferenceData Data, IReadOnlyList<ReferenceSourceInfo> Sources);
