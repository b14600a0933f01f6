namespace CodeSearch.Core.Reference;

/// <summary>One instructional note line, with the codes its text names.</summary>
public sealed record TabularNote(NoteKind Kind, string Text, IReadOnlyList<CodeReference> References);
