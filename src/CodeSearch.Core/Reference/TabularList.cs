namespace CodeSearch.Core.Reference;

/// <summary>A release's Tabular List: every chapter, section and diag, in tabular order.</summary>
/// <param name="ReleaseId">The release it was published with, e.g. "FY2023".</param>
/// <param name="Nodes">Chapters, sections and codes in document order.</param>
public sealed record TabularList(string ReleaseId, IReadOnlyList<TabularNode> Nodes);
