namespace CodeSearch.Core;

/// <summary>A code the release's addenda list as deleted: kept so a lookup can say why it is gone.</summary>
public sealed record DeletedCode(CodeSystemId System, string Code, string Description, string ReleaseId);
