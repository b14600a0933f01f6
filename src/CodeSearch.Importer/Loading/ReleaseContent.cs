using CodeSearch.Core;

namespace CodeSearch.Importer.Loading;

/// <summary>What a format importer read from one archive.</summary>
internal sealed record ReleaseContent(IReadOnlyList<MedicalCode> Codes, IReadOnlyList<DeletedCode> Deleted, IReadOnlyList<string> Members);
